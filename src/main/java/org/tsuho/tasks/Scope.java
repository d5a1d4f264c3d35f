package org.tsuho.tasks;

/** Which queue: tasks assigned to me, unassigned tasks of my roles, or everything of mine that is overdue. */
public enum Scope {
    MINE, GROUP, OVERDUE
}
