package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Generated bodies posted to {@code POST /api/v1/reports} through the whole server: a valid report with fields
 * replaced by any JSON value (huge numbers, unicode, nesting, nulls), and bodies that are not JSON objects at all.
 * The answer is 201, or a 4xx problem document; never a server error. The seed is fixed, so a failure repeats.
 */
@TsuhoIntegrationTest
class ReportApiFuzzIntegrationTests {

    private static final long SEED = 20261125L;
    private static final int TRIES = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIELDS = List.of("kind", "stage", "relatesTo", "category", "title", "summary", "awareAt",
            "occurredAt", "introducedOn", "affectedSystems", "indicators", "tlp", "shareConsent", "contact", "contact.name",
            "contact.email", "contact.phone", "indicators.0.type", "indicators.0.value", "unknownField");

    @LocalServerPort
    int port;

    @Test
    void generatedBodiesAreAcceptedOrRefusedWithAProblemNeverAServerError() {
        ApiClient company = ApiClient.on(port).as("company-a");
        List<String> wrong = new ArrayList<>();
        for (String body : generated()) {
            ApiClient.Response response = company.post("/api/v1/reports", body);
            boolean created = response.status() == 201;
            boolean refused = response.status() >= 400 && response.status() < 500
                    && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (!created && !refused) {
                wrong.add(response.status() + " for " + abbreviate(body));
            }
        }
        assertThat(wrong).as("answers that are neither 201 nor a 4xx problem (seed %d)", SEED).isEmpty();
    }

    /** The bodies, drawn outside a property (generators then need a session of their own). */
    private static List<String> generated() {
        JqwikSession.start();
        try {
            Random random = new Random(SEED);
            RandomGenerator<String> bodies = bodies().generator(100);
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < TRIES; i++) {
                drawn.add(bodies.next(random).value());
            }
            return drawn;
        } finally {
            JqwikSession.finish();
        }
    }

    private static Arbitrary<String> bodies() {
        Arbitrary<String> mutated = Arbitraries.integers().between(1, 3)
                .flatMap(count -> Arbitraries.of(FIELDS).list().ofSize(count))
                .flatMap(fields -> values().list().ofSize(fields.size()).map(values -> mutate(fields, values)));
        Arbitrary<String> notAnObject = Arbitraries.oneOf(
                values().map(JsonNode::toString),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("{", "{\"kind\":", "[]", "null", "{\"title\": \"\\ud800\"}", "{\"awareAt\": 1e999999}",
                        "{\"indicators\": " + "[".repeat(2000) + "]".repeat(2000) + "}"));
        return Arbitraries.frequencyOf(Tuple.of(4, mutated), Tuple.of(1, notAnObject));
    }

    private static String mutate(List<String> fields, List<JsonNode> values) {
        ObjectNode body = ReportBodies.flash();
        for (int i = 0; i < fields.size(); i++) {
            String[] path = fields.get(i).split("\\.");
            JsonNode parent = body;
            for (int step = 0; step < path.length - 1 && parent != null; step++) {
                parent = parent.isArray() ? parent.path(Integer.parseInt(path[step])) : parent.get(path[step]);
            }
            if (parent instanceof ObjectNode object) {
                object.set(path[path.length - 1], values.get(i));
            }
        }
        return body.toString();
    }

    /** Any JSON value, a little nested. */
    private static Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(50).map(NODES::textNode),
                Arbitraries.of("", " ", "2026-13-45T25:61:00Z", "+999999999-12-31T23:59:59Z", "INCIDENT", "FLASH", "TLP:RED", "ipv4-addr",
                        "<img src=x onerror=alert(1)>", "x".repeat(25_000)).map(NODES::textNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(60).negate(), BigInteger.TEN.pow(60)).map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30")).ofScale(10).map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        Arbitrary<JsonNode> arrays = leaves.list().ofMaxSize(4).map(items -> NODES.arrayNode().addAll(items));
        Arbitrary<JsonNode> objects = Arbitraries.strings().alpha().ofMaxLength(8).list().ofMaxSize(3)
                .flatMap(keys -> leaves.list().ofSize(keys.size()).map(items -> {
                    ObjectNode object = NODES.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        object.set(keys.get(i), items.get(i));
                    }
                    return (JsonNode) object;
                }));
        return Arbitraries.frequencyOf(Tuple.of(6, leaves), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
