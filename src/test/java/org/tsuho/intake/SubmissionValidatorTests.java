package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsuho.deadline.Stage;
import org.tsuho.intake.ReportSubmission.ContactInput;
import org.tsuho.intake.ReportSubmission.IndicatorInput;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;

class SubmissionValidatorTests {

    /** 2026-11-25 10:00 in Japan. */
    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    private final SubmissionValidator validator = new SubmissionValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private static ReportSubmission flash(List<IndicatorInput> indicators) {
        return new ReportSubmission("INCIDENT", "FLASH", null, "RANSOMWARE", "  Ransomware on billing  ", "Files encrypted.",
                "2026-11-25T09:00:00+09:00", "2026-11-25T08:30:00+09:00", null, List.of(" billing-01 "), indicators, null,
                null, new ContactInput("山田 太郎", "soc@towa-electric.example", "+81 3-1234-5678"));
    }

    @Test
    void aValidFlashReportBecomesANewReport() {
        NewReport report = validator.validate(flash(List.of(new IndicatorInput("ipv4-addr", " 203.0.113.7 "))));

        assertThat(report.kind()).isEqualTo(ReportKind.INCIDENT);
        assertThat(report.stage()).isEqualTo(Stage.FLASH);
        assertThat(report.category()).isEqualTo(Category.RANSOMWARE);
        assertThat(report.title()).isEqualTo("Ransomware on billing");
        assertThat(report.awareAt()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2026-11-24T23:30:00Z"));
        assertThat(report.affectedSystems()).containsExactly("billing-01");
        assertThat(report.indicators()).containsExactly(new Indicator(IndicatorType.IPV4_ADDR, "203.0.113.7"));
        assertThat(report.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(report.shareConsent()).isFalse();
        assertThat(report.contact()).isEqualTo(new Contact("山田 太郎", "soc@towa-electric.example", "+81 3-1234-5678"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ReportSubmission bad = new ReportSubmission("INCIDENT", "BREAKING", null, "PHISHING", " ", null, "yesterday",
                "2026-11-25", null, List.of("ok", ""), List.of(new IndicatorInput("ipv4-addr", "999.1.1.1"),
                new IndicatorInput("md5", "d41d8cd98f00b204e9800998ecf8427e")), "PURPLE", null,
                new ContactInput("", "not-an-email", "call me"));

        List<FieldProblem> problems = problems(bad);

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                tuple("stage", "error.oneOf"),
                tuple("category", "error.oneOf"),
                tuple("awareAt", "error.instant"),
                tuple("occurredAt", "error.instant"),
                tuple("title", "error.required"),
                tuple("summary", "error.required"),
                tuple("affectedSystems[1]", "error.required"),
                tuple("indicators[0].value", "error.indicator"),
                tuple("indicators[1].type", "error.oneOf"),
                tuple("tlp", "error.oneOf"),
                tuple("contact.name", "error.required"),
                tuple("contact.email", "error.email"),
                tuple("contact.phone", "error.phone"));
    }

    @Test
    void aMissingKindIsReportedWithTheCommonFields() {
        ReportSubmission empty = new ReportSubmission(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(problems(empty)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("kind", "title", "summary", "contact.name", "contact.email");
    }

    @Test
    void anUnknownValueListsTheAllowedOnes() {
        ReportSubmission bad = withKind("REPORT");

        assertThat(problems(bad)).filteredOn(p -> p.field().equals("kind"))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("INCIDENT, ASSET_NOTIFICATION"));
    }

    @Test
    void awarenessMayNotLieInTheFutureBeyondClockSkew() {
        assertThat(validator.validate(withAwareAt("2026-11-25T10:05:00+09:00")).awareAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(problems(withAwareAt("2026-11-25T10:05:01+09:00")))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("awareAt", "error.future"));
    }

    @Test
    void theIncidentCannotHaveOccurredAfterAwareness() {
        ReportSubmission s = flash(null);
        ReportSubmission after = new ReportSubmission(s.kind(), s.stage(), null, s.category(), s.title(), s.summary(), s.awareAt(),
                "2026-11-25T09:00:01+09:00", null, null, null, null, null, s.contact());

        assertThat(problems(after)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("occurredAt", "error.afterAwareness"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "DETAILED, null, relatesTo, error.required",
            "UPDATE, '  ', relatesTo, error.required",
            "DETAILED, R-26-1, relatesTo, error.receiptNumber",
            "UPDATE, C-2026-000001, relatesTo, error.receiptNumber"})
    void laterStagesNeedTheReceiptNumberTheyFollow(String stage, String relatesTo, String field, String code) {
        assertThat(problems(withStage(stage, relatesTo))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple(field, code));
    }

    @Test
    void aDetailedReportKeepsItsReceiptNumberAndAFlashReportIgnoresNone() {
        assertThat(validator.validate(withStage("DETAILED", " R-2026-000123 ")).relatesTo()).isEqualTo("R-2026-000123");
    }

    @Test
    void anAssetNotificationNeedsAnIntroductionDateNotInTheFutureInJapan() {
        assertThat(validator.validate(notification("2026-11-25")).introducedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(validator.validate(notification("2026-11-25")).stage()).isNull();
        assertThat(problems(notification("2026-11-26"))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("introducedOn", "error.future"));
        assertThat(problems(notification(null))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("introducedOn", "error.required"));
        assertThat(problems(notification("25/11/2026"))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("introducedOn", "error.date"));
    }

    @Test
    void eachIndicatorIsCheckedForItsOwnType() {
        List<IndicatorInput> indicators = List.of(
                new IndicatorInput("ipv4-addr", "198.51.100.0/24"),
                new IndicatorInput("ipv4-addr", "010.0.0.1"),
                new IndicatorInput("ipv6-addr", "2001:db8::1"),
                new IndicatorInput("ipv6-addr", "2001:db8:::1"),
                new IndicatorInput("domain-name", "c2.example.net"),
                new IndicatorInput("domain-name", "c2_example"),
                new IndicatorInput("url", "https://c2.example.net/payload"),
                new IndicatorInput("url", "javascript:alert(1)"),
                new IndicatorInput("email-addr", "phish@example.net"),
                new IndicatorInput("email-addr", "phish@"),
                new IndicatorInput("file-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                new IndicatorInput("file-sha256", "e3b0c442"),
                new IndicatorInput("file-md5", "d41d8cd98f00b204e9800998ecf8427e"),
                new IndicatorInput("file-md5", "d41d8cd98f00b204e9800998ecf8427"));

        List<FieldProblem> problems = problems(flash(indicators));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code, p -> p.args().get(0)).containsExactly(
                tuple("indicators[1].value", "error.indicator", "ipv4-addr"),
                tuple("indicators[3].value", "error.indicator", "ipv6-addr"),
                tuple("indicators[5].value", "error.indicator", "domain-name"),
                tuple("indicators[7].value", "error.indicator", "url"),
                tuple("indicators[9].value", "error.indicator", "email-addr"),
                tuple("indicators[11].value", "error.indicator", "file-sha256"),
                tuple("indicators[13].value", "error.indicator", "file-md5"));
    }

    @Test
    void everyValidIndicatorTypeIsKept() {
        List<IndicatorInput> indicators = List.of(
                new IndicatorInput("ipv4-addr", "203.0.113.7"),
                new IndicatorInput("ipv6-addr", "2001:db8::/48"),
                new IndicatorInput("domain-name", "c2.example.net"),
                new IndicatorInput("url", "https://c2.example.net/payload"),
                new IndicatorInput("email-addr", "phish@example.net"),
                new IndicatorInput("file-sha256", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"),
                new IndicatorInput("file-md5", "d41d8cd98f00b204e9800998ecf8427e"));

        assertThat(validator.validate(flash(indicators)).indicators()).extracting(Indicator::type)
                .containsExactly(IndicatorType.values());
    }

    @Test
    void emptyMissingAndOverlongIndicatorsAreRefused() {
        List<IndicatorInput> indicators = new ArrayList<>();
        indicators.add(null);
        indicators.add(new IndicatorInput("url", "  "));
        indicators.add(new IndicatorInput(null, "203.0.113.7"));
        indicators.add(new IndicatorInput("url", "https://example.com/" + "a".repeat(2048)));

        assertThat(problems(flash(indicators))).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("indicators[0]", "error.required"),
                tuple("indicators[1].value", "error.required"),
                tuple("indicators[2].type", "error.required"),
                tuple("indicators[3].value", "error.length"));
    }

    @Test
    void atMostAThousandIndicatorsAndFiftySystems() {
        List<IndicatorInput> thousand = Collections.nCopies(1000, new IndicatorInput("ipv4-addr", "203.0.113.7"));
        assertThat(validator.validate(flash(thousand)).indicators()).hasSize(1000);

        List<IndicatorInput> tooMany = Collections.nCopies(1001, new IndicatorInput("ipv4-addr", "203.0.113.7"));
        assertThat(problems(flash(tooMany))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("indicators", "error.tooMany"));

        ReportSubmission s = flash(null);
        ReportSubmission systems = new ReportSubmission(s.kind(), s.stage(), null, s.category(), s.title(), s.summary(), s.awareAt(),
                null, null, Collections.nCopies(51, "host"), null, null, null, s.contact());
        assertThat(problems(systems)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("affectedSystems", "error.tooMany"));
    }

    @Test
    void titlesAreLimitedAfterTrimming() {
        ReportSubmission s = flash(null);
        ReportSubmission longTitle = new ReportSubmission(s.kind(), s.stage(), null, s.category(), " " + "t".repeat(201) + " ",
                s.summary(), s.awareAt(), null, null, null, null, null, null, s.contact());
        assertThat(problems(longTitle)).extracting(FieldProblem::field, FieldProblem::code, FieldProblem::args)
                .containsExactly(tuple("title", "error.length", List.of(1, 200)));
    }

    @Test
    void aMissingContactNeedsANameAndAnEmail() {
        ReportSubmission s = flash(null);
        ReportSubmission noContact = new ReportSubmission(s.kind(), s.stage(), null, s.category(), s.title(), s.summary(),
                s.awareAt(), null, null, null, null, null, null, null);
        assertThat(problems(noContact)).extracting(FieldProblem::field)
                .containsExactly("contact.name", "contact.email");
    }

    @Test
    void tlpLabelsAreTheTlp2Names() {
        ReportSubmission s = flash(null);
        for (Tlp tlp : Tlp.values()) {
            ReportSubmission labelled = new ReportSubmission(s.kind(), s.stage(), null, s.category(), s.title(), s.summary(),
                    s.awareAt(), null, null, null, null, tlp.label(), true, s.contact());
            NewReport report = validator.validate(labelled);
            assertThat(report.tlp()).isEqualTo(tlp);
            assertThat(report.shareConsent()).isTrue();
        }
        ReportSubmission enumName = new ReportSubmission(s.kind(), s.stage(), null, s.category(), s.title(), s.summary(),
                s.awareAt(), null, null, null, null, "AMBER_STRICT", null, s.contact());
        assertThat(problems(enumName)).extracting(FieldProblem::field).containsExactly("tlp");
    }

    private List<FieldProblem> problems(ReportSubmission submission) {
        InvalidInputException e = catchThrowableOfType(() -> validator.validate(submission), InvalidInputException.class);
        assertThat(e).as("the submission should be refused").isNotNull();
        return e.problems();
    }

    private static ReportSubmission withKind(String kind) {
        ReportSubmission s = flash(null);
        return new ReportSubmission(kind, s.stage(), null, s.category(), s.title(), s.summary(), s.awareAt(), null, null, null,
                null, null, null, s.contact());
    }

    private static ReportSubmission withAwareAt(String awareAt) {
        ReportSubmission s = flash(null);
        return new ReportSubmission(s.kind(), s.stage(), null, s.category(), s.title(), s.summary(), awareAt, null, null, null,
                null, null, null, s.contact());
    }

    private static ReportSubmission withStage(String stage, String relatesTo) {
        ReportSubmission s = flash(null);
        return new ReportSubmission(s.kind(), stage, relatesTo, s.category(), s.title(), s.summary(), s.awareAt(), null, null,
                null, null, null, null, s.contact());
    }

    private static ReportSubmission notification(String introducedOn) {
        ReportSubmission s = flash(null);
        return new ReportSubmission("ASSET_NOTIFICATION", null, null, null, "Control server model X", "Introduced.", null, null,
                introducedOn, null, null, null, null, s.contact());
    }
}
