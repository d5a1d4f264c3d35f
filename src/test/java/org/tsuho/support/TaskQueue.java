package org.tsuho.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a case's tasks in a staff member's queue through {@code GET /api/v1/tasks}, page by page: the shared test
 * database holds the tasks of every other test too.
 */
public final class TaskQueue {

    private TaskQueue() {
    }

    public static List<JsonNode> ofCase(ApiClient staff, String scope, String caseId) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = staff.get("/api/v1/tasks?scope=" + scope + "&limit=200"
                    + (cursor == null ? "" : "&cursor=" + ApiClient.q(cursor)));
            if (page.status() != 200) {
                throw new AssertionError("task queue " + scope + ": " + page);
            }
            for (JsonNode item : page.json().path("items")) {
                if (caseId.equals(item.path("caseId").asText())) {
                    found.add(item);
                }
            }
            cursor = page.text("nextCursor");
        } while (cursor != null);
        return found;
    }

    public static Optional<JsonNode> find(ApiClient staff, String scope, String caseId, String taskKey) {
        return ofCase(staff, scope, caseId).stream().filter(t -> taskKey.equals(t.path("taskKey").asText())).findFirst();
    }
}
