package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsuho.intake.IndicatorType;

class StixPatternsTests {

    @Test
    void eachIndicatorTypeHasItsObservablePath() {
        assertThat(StixPatterns.of(IndicatorType.IPV4_ADDR, "198.51.100.0/24")).isEqualTo("[ipv4-addr:value = '198.51.100.0/24']");
        assertThat(StixPatterns.of(IndicatorType.IPV6_ADDR, "2001:db8::1")).isEqualTo("[ipv6-addr:value = '2001:db8::1']");
        assertThat(StixPatterns.of(IndicatorType.DOMAIN_NAME, "evil.example")).isEqualTo("[domain-name:value = 'evil.example']");
        assertThat(StixPatterns.of(IndicatorType.URL, "https://evil.example/x")).isEqualTo("[url:value = 'https://evil.example/x']");
        assertThat(StixPatterns.of(IndicatorType.EMAIL_ADDR, "ops@evil.example")).isEqualTo("[email-addr:value = 'ops@evil.example']");
        assertThat(StixPatterns.of(IndicatorType.FILE_SHA256, "ab".repeat(32)))
                .isEqualTo("[file:hashes.'SHA-256' = '" + "ab".repeat(32) + "']");
        assertThat(StixPatterns.of(IndicatorType.FILE_MD5, "cd".repeat(16))).isEqualTo("[file:hashes.MD5 = '" + "cd".repeat(16) + "']");
    }

    @Test
    void quotesAndBackslashesAreEscapedInsideTheLiteral() {
        assertThat(StixPatterns.of(IndicatorType.URL, "http://evil.example/o'neil\\x"))
                .isEqualTo("[url:value = 'http://evil.example/o\\'neil\\\\x']");
        assertThat(StixPatterns.escape("\\'")).isEqualTo("\\\\\\'");
    }
}
