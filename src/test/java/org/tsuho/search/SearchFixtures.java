package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;

/**
 * Reports filed for the search tests, each with words no other test uses: the test database is shared, so a test
 * searches for its own token and asserts on what it filed.
 */
final class SearchFixtures {

    private SearchFixtures() {
    }

    /** A word of four random CJK ideographs, practically never found in anyone else's text. */
    static String token() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.appendCodePoint(0x4E00 + ThreadLocalRandom.current().nextInt(0x9FA5 - 0x4E00));
        }
        return word.toString();
    }

    /** Files a flash report and answers its JSON (receiptNumber, caseId, caseNumber, …). */
    static JsonNode file(ApiClient company, String title, String summary, String tlp) {
        ObjectNode body = ReportBodies.flash();
        body.put("title", title);
        body.put("summary", summary);
        body.put("tlp", tlp);
        ApiClient.Response filed = company.post("/api/v1/reports", body);
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        return filed.json();
    }

    /** A case worker takes the triage task and decides (severity and decision as in api.md). */
    static void triage(ApiClient worker, String caseId, int severity, String decision) {
        String taskId = TaskQueue.find(worker, "group", caseId, "triage").orElseThrow().path("id").asText();
        assertThat(worker.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("severity", severity);
        body.put("category", "RANSOMWARE");
        body.put("decision", decision);
        body.put("rationale", "検索テスト");
        if ("REQUEST_INFORMATION".equals(decision)) {
            body.put("question", "影響範囲を教えてください。");
        }
        ApiClient.Response done = worker.post("/api/v1/tasks/" + taskId + "/complete", body);
        assertThat(done.status()).as("%s", done).isEqualTo(200);
    }

    /**
     * Closes these cases through triage, so that a test that files many reports leaves the shared group queue as it
     * found it (other tests look for their own tasks in it).
     */
    static void closeAll(ApiClient worker, Collection<String> caseIds) {
        Map<String, String> tasks = new HashMap<>();
        String cursor = null;
        do {
            ApiClient.Response page = worker.get("/api/v1/tasks?scope=group&limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode item : page.json().path("items")) {
                if (caseIds.contains(item.path("caseId").asText()) && "triage".equals(item.path("taskKey").asText())) {
                    tasks.put(item.path("caseId").asText(), item.path("id").asText());
                }
            }
            cursor = page.text("nextCursor");
        } while (cursor != null);
        Map<String, Object> close = Map.of("severity", 1, "category", "OTHER", "decision", "CLOSE", "rationale", "検索テストの後片付け");
        tasks.values().forEach(taskId -> {
            assertThat(worker.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
            assertThat(worker.post("/api/v1/tasks/" + taskId + "/complete", close).status()).isEqualTo(200);
        });
    }

    /** The case ids of a page of {@code GET /api/v1/cases}, in order. */
    static List<String> ids(ApiClient.Response page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.json().path("items")) {
            ids.add(item.path("id").asText());
        }
        return ids;
    }
}
