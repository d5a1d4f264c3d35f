package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tsuho.intake.ReportSubmission.ContactInput;
import org.tsuho.intake.ReportSubmission.IndicatorInput;
import org.tsuho.platform.error.InvalidInputException;

/**
 * Whatever a company sends, the validator answers with a report or with its typed field problems, never with another
 * exception: arbitrary text and unicode, numbers too large for any type, dates out of every range, indicator values of
 * every shape.
 */
class SubmissionPropertyTests {

    private final SubmissionValidator validator = new SubmissionValidator(Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC));

    @Property(tries = 500)
    void anySubmissionIsAReportOrFieldProblems(@ForAll("submissions") ReportSubmission submission) {
        try {
            NewReport report = validator.validate(submission);
            assertThat(report.title()).isNotBlank();
        } catch (InvalidInputException invalid) {
            assertThat(invalid.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.field()).isNotBlank();
                assertThat(problem.code()).startsWith("error.");
            });
        }
    }

    @Property(tries = 2000)
    void everyIndicatorCheckAnswersForAnyText(@ForAll("texts") String value) {
        for (IndicatorType type : IndicatorType.values()) {
            type.accepts(value);
        }
    }

    @Property(tries = 300)
    void anAcceptedIndicatorNeverCarriesControlCharacters(@ForAll("texts") String value) {
        for (IndicatorType type : IndicatorType.values()) {
            if (type.accepts(value)) {
                assertThat(value).as(type.label()).doesNotContainPattern("[\\x00-\\x1f\\x7f]");
            }
        }
    }

    @Provide
    Arbitrary<ReportSubmission> submissions() {
        Arbitrary<String> text = texts().injectNull(0.1);
        Arbitrary<String> kind = Arbitraries.oneOf(text, Arbitraries.of("INCIDENT", "ASSET_NOTIFICATION"));
        Arbitrary<String> stage = Arbitraries.oneOf(text, Arbitraries.of("FLASH", "DETAILED", "UPDATE"));
        Arbitrary<String> instant = Arbitraries.oneOf(text, Arbitraries.of("2026-11-25T09:00:00+09:00", "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-25T09:00:00+18:00"));
        Arbitrary<String> date = Arbitraries.oneOf(text, Arbitraries.of("2026-11-01", "+99999-01-01", "-0001-12-31", "99999999999999999999"));
        Arbitrary<List<IndicatorInput>> indicators = Combinators.combine(
                Arbitraries.oneOf(text, Arbitraries.of(IndicatorType.values()).map(IndicatorType::label)), text)
                .as(IndicatorInput::new).injectNull(0.05).list().ofMaxSize(5).injectNull(0.2);
        Arbitrary<ContactInput> contact = Combinators.combine(text, Arbitraries.oneOf(text, Arbitraries.of("soc@towa.example")), text)
                .as(ContactInput::new).injectNull(0.1);
        Arbitrary<Head> head = Combinators.combine(kind, stage, text, Arbitraries.oneOf(text, Arbitraries.of("RANSOMWARE", "OTHER")),
                text, text, instant, instant).as(Head::new);
        return Combinators.combine(head, date, text.list().ofMaxSize(3).injectNull(0.2), indicators,
                        Arbitraries.oneOf(text, Arbitraries.of("TLP:AMBER")), Arbitraries.of(true, false).injectNull(0.3), contact)
                .as((h, introduced, systems, iocs, tlp, consent, who) -> new ReportSubmission(h.kind(), h.stage(), h.relatesTo(),
                        h.category(), h.title(), h.summary(), h.awareAt(), h.occurredAt(), introduced, systems, iocs, tlp, consent, who));
    }

    private record Head(String kind, String stage, String relatesTo, String category, String title, String summary, String awareAt,
            String occurredAt) {
    }

    /** Any unicode, huge numbers, lookalikes of valid values, and very long text. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789.:/-+eE").ofMaxLength(40),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(40).negate(), java.math.BigInteger.TEN.pow(40)).map(Object::toString),
                Arbitraries.of("203.0.113.7", "::ffff:192.0.2.1", "2001:db8::1/129", "999.1.1.1", "http://[::1", "https://例え.jp/パス",
                        "a@b.c", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\uD800", "${jndi:ldap://x}", "#{7*7}",
                        "x".repeat(3000), "1".repeat(400)),
                Arbitraries.strings().withCharRange('\u3000', '\u30ff').ofMinLength(1).ofMaxLength(30));
    }
}
