package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertInvalidFields;
import static org.tsuho.support.ApiAssertions.assertNotServerError;
import static org.tsuho.support.ApiAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Bad input to {@code POST /api/v1/reports}: always a problem document naming what is wrong, never a 500, and
 * nothing filed.
 */
@TsuhoIntegrationTest
class ReportValidationIntegrationTests {

    private static final String REPORTS = "/api/v1/reports";

    @LocalServerPort
    int port;

    ApiClient companyA;
    ApiClient.Response last;

    @BeforeEach
    void signIn() {
        companyA = ApiClient.on(port).as("company-a");
    }

    @AfterEach
    void neverAServerError() {
        if (last != null) {
            assertNotServerError(last);
        }
    }

    @Test
    void malformedJsonIsABadRequest() {
        last = companyA.post(REPORTS, "{\"kind\": \"INCIDENT\", \"stage\": ");

        assertProblem(last, 400);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        last = companyA.post(REPORTS, "application/json", new byte[0]);

        assertProblem(last, 400);
    }

    @Test
    void bytesThatAreNotUtf8AreABadRequest() {
        last = companyA.post(REPORTS, "application/json", new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});

        assertProblem(last, 400);
    }

    @ParameterizedTest
    @CsvSource({"kind, SPAM", "stage, PRELIMINARY", "category, PHISHING", "tlp, WHITE", "tlp, amber"})
    void anUnknownEnumValueNamesItsField(String field, String value) {
        last = companyA.post(REPORTS, ReportBodies.flash().put(field, value));

        assertThat(assertInvalidFields(last)).containsExactly(field);
        assertThat(last.json().path("errors").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        ObjectNode body = ReportBodies.flash()
                .put("category", "PHISHING")
                .put("title", "")
                .put("awareAt", "yesterday")
                .put("tlp", "WHITE");
        ((ObjectNode) body.path("contact")).put("email", "not-an-email");
        ((ObjectNode) body.path("indicators").get(0)).put("value", "999.1.1.1");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactlyInAnyOrder(
                "category", "title", "awareAt", "tlp", "contact.email", "indicators[0].value");
        assertThat(last.json().path("detail").asText()).contains("6");
    }

    @Test
    void anAwarenessTimeInTheFutureIsRefused() {
        last = companyA.post(REPORTS, ReportBodies.flash().put("awareAt", ReportBodies.japanTime(Instant.now().plus(Duration.ofHours(2)))));

        assertThat(assertInvalidFields(last)).containsExactly("awareAt");
    }

    @Test
    void anAwarenessTimeWithoutOffsetIsRefused() {
        last = companyA.post(REPORTS, ReportBodies.flash().put("awareAt", "2026-01-05T09:00:00"));

        assertThat(assertInvalidFields(last)).containsExactly("awareAt");
    }

    @Test
    void anIncidentNeedsAnAwarenessTime() {
        ObjectNode body = ReportBodies.flash();
        body.remove("awareAt");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("awareAt");
    }

    @Test
    void theIncidentCannotHaveOccurredAfterTheCompanyBecameAwareOfIt() {
        ObjectNode body = ReportBodies.flash();
        Instant awareAt = Instant.now().minus(Duration.ofHours(3));
        body.put("awareAt", ReportBodies.japanTime(awareAt));
        body.put("occurredAt", ReportBodies.japanTime(awareAt.plus(Duration.ofHours(1))));

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("occurredAt");
    }

    @ParameterizedTest
    @CsvSource({"awareAt, -999999999-01-01T00:00:00+09:00", "awareAt, 0000-06-01T00:00:00Z",
            "occurredAt, -999999999-01-01T00:00:00+09:00"})
    void anInstantBeyondTheYearsOneTo9999IsRefusedNotStored(String field, String value) {
        last = companyA.post(REPORTS, ReportBodies.flash().put(field, value));

        assertThat(assertInvalidFields(last)).containsExactly(field);
    }

    @Test
    void anIntroductionDateBeyondTheYearsOneTo9999IsRefusedNotStored() {
        last = companyA.post(REPORTS, ReportBodies.assetNotification().put("introducedOn", "-999999999-01-01"));

        assertThat(assertInvalidFields(last)).containsExactly("introducedOn");
    }

    @ParameterizedTest
    @CsvSource({"title", "summary", "contact.name", "affectedSystems[0]", "indicators[0].value"})
    void textWithANulCharacterIsRefusedNamingItsField(String field) {
        ObjectNode body = ReportBodies.flash();
        switch (field) {
            case "contact.name" -> ((ObjectNode) body.path("contact")).put("name", "山田\u0000太郎");
            case "affectedSystems[0]" -> body.putArray("affectedSystems").add("web\u000001");
            case "indicators[0].value" -> ((ObjectNode) body.path("indicators").get(0)).put("value", "203.0.113.7\u0000");
            default -> body.put(field, "暗号化\u0000被害");
        }

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ipv4-addr   | 999.1.1.1",
            "ipv4-addr   | 10.0.0",
            "ipv4-addr   | 10.0.0.1/33",
            "ipv6-addr   | 2001:db8::zz",
            "ipv6-addr   | 2001:db8:::1",
            "ipv6-addr   | example.com",
            "domain-name | -bad-.example",
            "domain-name | exa mple.com",
            "domain-name | localhost",
            "url         | not a url",
            "url         | javascript:alert(1)",
            "url         | http://",
            "email-addr  | alice@",
            "email-addr  | alice.example.com",
            "file-sha256 | abc123",
            "file-sha256 | zz2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b98",
            "file-md5    | d41d8cd98f00b204e9800998ecf8427",
            "file-md5    | d41d8cd98f00b204e9800998ecf8427e00"})
    void anIndicatorValueIsCheckedForItsType(String type, String value) {
        ObjectNode body = ReportBodies.flash();
        ArrayNode indicators = body.putArray("indicators");
        indicators.addObject().put("type", "domain-name").put("value", "c2.attacker.example");
        indicators.addObject().put("type", type).put("value", value);

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("indicators[1].value");
    }

    @Test
    void validIndicatorsOfEveryTypeAreAccepted() {
        ObjectNode body = ReportBodies.flash();
        ArrayNode indicators = body.putArray("indicators");
        indicators.addObject().put("type", "ipv4-addr").put("value", "198.51.100.0/24");
        indicators.addObject().put("type", "ipv6-addr").put("value", "2001:db8::1");
        indicators.addObject().put("type", "domain-name").put("value", "c2.attacker.example");
        indicators.addObject().put("type", "url").put("value", "https://c2.attacker.example/payload?id=1");
        indicators.addObject().put("type", "email-addr").put("value", "phish@attacker.example");
        indicators.addObject().put("type", "file-sha256").put("value", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        indicators.addObject().put("type", "file-md5").put("value", "d41d8cd98f00b204e9800998ecf8427e");

        last = companyA.post(REPORTS, body);

        assertThat(last.status()).as("%s", last).isEqualTo(201);
        JsonNode stored = companyA.get("/api/v1/reports/" + last.text("id")).json().path("indicators");
        assertThat(stored).hasSize(7);
        assertThat(stored.get(1).path("type").asText()).isEqualTo("ipv6-addr");
    }

    @Test
    void anUnknownIndicatorTypeNamesTheIndicator() {
        ObjectNode body = ReportBodies.flash();
        body.putArray("indicators").addObject().put("type", "mutex").put("value", "Global\\evil");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("indicators[0].type");
    }

    @Test
    void moreThanAThousandIndicatorsAreRefused() {
        ObjectNode body = ReportBodies.flash();
        ArrayNode indicators = body.putArray("indicators");
        for (int i = 0; i < 1001; i++) {
            indicators.addObject().put("type", "ipv4-addr").put("value", "10.0." + (i / 256) + "." + (i % 256));
        }

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("indicators");
    }

    @Test
    void aThousandIndicatorsAreAccepted() {
        ObjectNode body = ReportBodies.flash();
        ArrayNode indicators = body.putArray("indicators");
        for (int i = 0; i < 1000; i++) {
            indicators.addObject().put("type", "ipv4-addr").put("value", "10.1." + (i / 256) + "." + (i % 256));
        }

        last = companyA.post(REPORTS, body);

        assertThat(last.status()).as("%s", last).isEqualTo(201);
    }

    @Test
    void aTitleOf201CharactersIsTooLong() {
        last = companyA.post(REPORTS, ReportBodies.flash().put("title", "あ".repeat(201)));

        assertThat(assertInvalidFields(last)).containsExactly("title");
    }

    @Test
    void aTitleOf200CharactersIsAccepted() {
        last = companyA.post(REPORTS, ReportBodies.flash().put("title", ReportBodies.unique("") + "い".repeat(191)));

        assertThat(last.status()).as("%s", last).isEqualTo(201);
    }

    @Test
    void tooManyAffectedSystemsAreRefused() {
        ObjectNode body = ReportBodies.flash();
        ArrayNode systems = body.putArray("affectedSystems");
        for (int i = 0; i < 51; i++) {
            systems.add("host" + i);
        }

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("affectedSystems");
    }

    @Test
    void aMissingContactEmailIsNamed() {
        ObjectNode body = ReportBodies.flash();
        ((ObjectNode) body.path("contact")).remove("email");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("contact.email");
    }

    @Test
    void aMissingContactIsNamed() {
        ObjectNode body = ReportBodies.flash();
        body.remove("contact");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactlyInAnyOrder("contact.name", "contact.email");
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        byte[] body = oversizedBody();

        last = companyA.post(REPORTS, "application/json", body);

        assertProblem(last, 413);
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsTooLarge() {
        byte[] body = oversizedBody();

        last = companyA.postChunked(REPORTS, "application/json", body);

        assertProblem(last, 413);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsFiled() {
        byte[] body = ApiClient.text(ReportBodies.flash()).getBytes(StandardCharsets.UTF_8);

        last = companyA.postChunked(REPORTS, "application/json", body);

        assertThat(last.status()).as("%s", last).isEqualTo(201);
    }

    @Test
    void plainTextIsAnUnsupportedMediaType() {
        last = companyA.post(REPORTS, "text/plain", ApiClient.text(ReportBodies.flash()).getBytes(StandardCharsets.UTF_8));

        assertProblem(last, 415);
    }

    @Test
    void anAcceptHeaderTheApiCannotServeIsNotAcceptable() {
        last = companyA.header("Accept", "text/csv").get(REPORTS);

        assertProblem(last, 406);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsABadRequest() {
        last = companyA.post(REPORTS, "[" + ApiClient.text(ReportBodies.flash()) + "]");

        assertProblem(last, 400);
    }

    @Test
    void aStringWhereAnArrayBelongsNamesTheField() {
        last = companyA.post(REPORTS, ReportBodies.flash().put("affectedSystems", "web01"));

        assertThat(assertInvalidFields(last)).containsExactly("affectedSystems");
    }

    @Test
    void anObjectWhereTextBelongsNamesTheField() {
        ObjectNode body = ReportBodies.flash();
        body.putObject("title").put("ja", "暗号化");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("title");
    }

    @Test
    void aWrongTypeInsideAnIndicatorNamesItsPath() {
        ObjectNode body = ReportBodies.flash();
        body.putArray("indicators").addObject().put("type", "ipv4-addr").putArray("value").add("10.0.0.1");

        last = companyA.post(REPORTS, body);

        assertThat(assertInvalidFields(last)).containsExactly("indicators[0].value");
    }

    @Test
    void aDetailedReportCannotRelateToAnotherCompanysReport() {
        ApiClient companyB = ApiClient.on(port).as("company-b");
        String theirs = companyB.post(REPORTS, ReportBodies.flash()).text("receiptNumber");
        String newestBefore = newestReportOfCompanyA();

        last = companyA.post(REPORTS, ReportBodies.detailed(theirs));

        assertThat(assertInvalidFields(last)).containsExactly("relatesTo");
        assertThat(newestReportOfCompanyA()).as("nothing was filed").isEqualTo(newestBefore);
    }

    @Test
    void aDetailedReportCannotRelateToAReceiptNumberThatDoesNotExist() {
        last = companyA.post(REPORTS, ReportBodies.detailed("R-1999-999999"));

        assertThat(assertInvalidFields(last)).containsExactly("relatesTo");
    }

    @Test
    void relatesToMustLookLikeAReceiptNumber() {
        last = companyA.post(REPORTS, ReportBodies.detailed("'; drop table reports; --"));

        assertThat(assertInvalidFields(last)).containsExactly("relatesTo");
    }

    @Test
    void anIdempotencyKeyOver255CharactersIsRefused() {
        last = companyA.header("Idempotency-Key", "k".repeat(256)).post(REPORTS, ReportBodies.flash());

        assertThat(assertInvalidFields(last)).containsExactly("Idempotency-Key");
    }

    @Test
    void aReportIdThatIsNotAnIdIsABadRequestAndAnUnknownOneIsNotFound() {
        last = companyA.get(REPORTS + "/not-a-uuid");
        assertProblem(last, 400);

        last = companyA.get(REPORTS + "/00000000-0000-0000-0000-000000000000");
        assertProblem(last, 404);
    }

    @Test
    void listParametersAreChecked() {
        last = companyA.get(REPORTS + "?limit=0");
        assertThat(assertInvalidFields(last)).containsExactly("limit");

        last = companyA.get(REPORTS + "?limit=201");
        assertThat(assertInvalidFields(last)).containsExactly("limit");

        last = companyA.get(REPORTS + "?limit=ten");
        assertThat(assertInvalidFields(last)).containsExactly("limit");

        last = companyA.get(REPORTS + "?cursor=" + ApiClient.q("not a cursor!"));
        assertThat(assertInvalidFields(last)).containsExactly("cursor");

        last = companyA.get(REPORTS + "?cursor=" + forgedCursor(Long.MAX_VALUE));
        assertThat(assertInvalidFields(last)).containsExactly("cursor");

        last = companyA.get(REPORTS + "?cursor=" + forgedCursor(Long.MIN_VALUE));
        assertThat(assertInvalidFields(last)).containsExactly("cursor");
    }

    @Test
    void fieldMessagesAreInJapaneseWhenAsked() {
        last = companyA.header("Accept-Language", "ja").post(REPORTS, ReportBodies.flash().put("title", ""));

        assertThat(assertInvalidFields(last)).containsExactly("title");
        String message = last.json().path("errors").get(0).path("message").asText();
        assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(message).isTrue();
    }

    /** A cursor as a client could build one after reading how ours look: a time (ms) and an id. */
    static String forgedCursor(long epochMilli) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((epochMilli + "|00000000-0000-0000-0000-000000000000").getBytes(StandardCharsets.UTF_8));
    }

    private String newestReportOfCompanyA() {
        return companyA.get(REPORTS + "?limit=1").json().path("items").path(0).path("id").asText();
    }

    /** A valid report whose summary takes it just past 1 MiB. */
    private static byte[] oversizedBody() {
        char[] filler = new char[1024 * 1024];
        Arrays.fill(filler, 'x');
        return ApiClient.text(ReportBodies.flash().put("summary", new String(filler))).getBytes(StandardCharsets.UTF_8);
    }
}
