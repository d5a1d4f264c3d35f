package org.tsuho.tasks;

/** BPMN ids of user tasks ({@code Task_ApproveEscalation}) become API task keys ({@code approve-escalation}). */
public final class TaskKeys {

    private TaskKeys() {
    }

    public static String of(String taskDefinitionKey) {
        String name = taskDefinitionKey.startsWith("Task_") ? taskDefinitionKey.substring(5) : taskDefinitionKey;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
