package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsuho.intake.Contact;

class RedactionTests {

    private final Redaction redaction = Redaction.of(Arrays.asList(
            new Contact("山田太郎", "taro@towa.example", "03-1234-5678"), null, new Contact("佐藤", "sato@towa.example", null)));

    @Test
    void contactPersonsAreRemovedWhereverTheyAppear() {
        assertThat(redaction.apply("担当 山田太郎、佐藤（taro@towa.example）"))
                .isEqualTo("担当 [redacted]、[redacted]（[redacted]）");
    }

    @Test
    void theContactPhoneIsRecognisedInAnySpacing() {
        assertThat(redaction.apply("TEL 0312345678 / 03 1234 5678 / (03)1234-5678 / +81-3-1234-5678"))
                .isEqualTo("TEL [redacted] / [redacted] / [redacted] / [redacted]");
    }

    @Test
    void anyOtherEmailAddressIsPersonalDataToo() {
        assertThat(redaction.apply("転送先 someone.else@partner.example")).isEqualTo("転送先 [redacted]");
    }

    @Test
    void technicalDetailsStay() {
        String technical = "2026-11-25 09:00 に 203.0.113.7 から c2.evil.example へ通信、ハッシュ 9f86d081884c7d65";
        assertThat(redaction.apply(technical)).isEqualTo(technical);
        assertThat(redaction.apply(null)).isNull();
    }

    @Test
    void withoutContactsOnlyEmailAddressesAreRedacted() {
        assertThat(Redaction.of(List.of()).apply("田中 a@b.example")).isEqualTo("田中 [redacted]");
    }
}
