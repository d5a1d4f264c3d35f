package org.tsuho.deadline;

/** Stages of an incident report (Art. 5): 速報, 詳報, and later updates. */
public enum Stage {
    FLASH, DETAILED, UPDATE
}
