package org.tsuho.tasks;

import java.util.List;
import java.util.Map;

/**
 * What a module shows beside its own tasks in a queue, so that a row can be judged without opening the case (an
 * escalation's targets and criteria, say). Modules implement it as beans; the inbox asks each of them.
 */
public interface TaskGlance {

    /**
     * @return for those of these tasks that are the module's, by task id, message codes the screen resolves in the
     *         reader's language
     */
    Map<String, List<String>> of(List<TaskItem> tasks);
}
