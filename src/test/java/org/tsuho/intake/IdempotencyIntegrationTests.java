package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/** api.md: the same Idempotency-Key with the same body replays the first answer; with another body it is a 422. */
@TsuhoIntegrationTest
class IdempotencyIntegrationTests {

    private static final String REPORTS = "/api/v1/reports";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient companyA;

    @BeforeEach
    void signIn() {
        companyA = ApiClient.on(port).as("company-a");
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswer() {
        ObjectNode body = ReportBodies.flash();
        ApiClient withKey = companyA.header("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response first = withKey.post(REPORTS, body);
        ApiClient.Response retry = withKey.post(REPORTS, body);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.text("receiptNumber")).isEqualTo(first.text("receiptNumber"));
        assertThat(retry.text("caseNumber")).isEqualTo(first.text("caseNumber"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(reportsTitled(body.path("title").asText())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        ObjectNode body = ReportBodies.flash();
        ApiClient withKey = companyA.header("Idempotency-Key", UUID.randomUUID().toString());
        ApiClient.Response first = withKey.post(REPORTS, body);

        ObjectNode other = body.deepCopy().put("summary", "別の内容");
        ApiClient.Response reused = withKey.post(REPORTS, other);

        assertThat(first.status()).isEqualTo(201);
        assertProblem(reused, 422);
        assertThat(reportsTitled(body.path("title").asText())).isEqualTo(1);
    }

    @Test
    void theSameBodyWithItsKeysInAnotherOrderIsTheSameRequest() {
        ObjectNode body = ReportBodies.flash();
        ApiClient withKey = companyA.header("Idempotency-Key", UUID.randomUUID().toString());
        ApiClient.Response first = withKey.post(REPORTS, body);

        ApiClient.Response retry = withKey.post(REPORTS, reversed(body));

        assertThat(retry.status()).as("%s", retry).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(reportsTitled(body.path("title").asText())).isEqualTo(1);
    }

    @Test
    void keysAreHeldPerCompany() {
        ObjectNode body = ReportBodies.flash();
        String key = UUID.randomUUID().toString();

        ApiClient.Response mine = companyA.header("Idempotency-Key", key).post(REPORTS, body);
        ApiClient.Response theirs = ApiClient.on(port).as("company-b").header("Idempotency-Key", key).post(REPORTS, body);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).as("%s", theirs).isEqualTo(201);
        assertThat(theirs.text("id")).isNotEqualTo(mine.text("id"));
    }

    @Test
    void anInvalidFirstRequestDoesNotUseUpTheKey() {
        ObjectNode body = ReportBodies.flash();
        ApiClient withKey = companyA.header("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response invalid = withKey.post(REPORTS, body.deepCopy().put("tlp", "WHITE"));
        ApiClient.Response valid = withKey.post(REPORTS, body);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(valid.status()).as("%s", valid).isEqualTo(201);
    }

    @Test
    void concurrentRetriesWithOneKeyFileOneReport() throws Exception {
        ObjectNode body = ReportBodies.flash();
        ApiClient withKey = companyA.header("Idempotency-Key", UUID.randomUUID().toString());
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<ApiClient.Response> call = () -> {
                    start.await();
                    return withKey.post(REPORTS, body);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();

            List<String> ids = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get(2, TimeUnit.MINUTES);
                assertThat(response.status()).as("%s", response).isEqualTo(201);
                ids.add(response.text("id"));
            }
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
            assertThat(reportsTitled(body.path("title").asText())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same members, in reverse order at every level. */
    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>((a, b) -> b.compareTo(a));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                members.put(member.getKey(), reversed(member.getValue()));
            }
            ObjectNode copy = ((ObjectNode) node).objectNode();
            members.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(reversed(element)));
            return copy;
        }
        return node;
    }

    private int reportsTitled(String title) {
        return jdbc.sql("select count(*) from reports where title = ?").param(title).query(Integer.class).single();
    }
}
