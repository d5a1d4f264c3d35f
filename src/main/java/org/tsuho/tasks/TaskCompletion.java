package org.tsuho.tasks;

import java.util.Map;
import org.tsuho.identity.Actor;

/**
 * Completes one kind of task. The owning module validates the body (every invalid field at once), enforces its
 * separation-of-duties rules, records its decision, and returns the process variables that route the process.
 * It runs in the same transaction as the engine's completion.
 *
 * @param <T> the completion body (api.md's table)
 */
public interface TaskCompletion<T> {

    String taskKey();

    Class<T> bodyType();

    Map<String, Object> complete(OpenTask task, Actor actor, T body);
}
