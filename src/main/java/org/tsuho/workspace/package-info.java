/**
 * Workspace: the staff view of a case, composed from the modules that own its parts (case file, reports, tasks,
 * requests). Nothing depends on it, so it may depend on all of them.
 */
package org.tsuho.workspace;
