/**
 * Tasks: the inbox. A read model of open user tasks (kept in step with the engine inside its transaction),
 * queues with keyset pagination and SLA badges, claim/unclaim, and completion, which checks that the caller holds
 * the task and hands the body to the {@link org.tsuho.tasks.TaskCompletion} of the module that owns the task.
 */
package org.tsuho.tasks;
