package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTypeTests {

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "0.0.0.0", "255.255.255.255", "10.0.0.0/8", "192.0.2.0/24", "198.51.100.1/32",
            "0.0.0.0/0"})
    void ipv4Accepts(String value) {
        assertThat(IndicatorType.IPV4_ADDR.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4.", ".1.2.3.4", "01.2.3.4", "1.2.3.04",
            "1.2.3.00", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/-1", "1.2.3.4/8/8", "1.2.3.4/a", "a.b.c.d", " 1.2.3.4",
            "1.2.3.4 ", "1.2.3.-4", "+1.2.3.4", "1.2.3.1000", "١.٢.٣.٤", "2001:db8::1", ""})
    void ipv4Rejects(String value) {
        assertThat(IndicatorType.IPV4_ADDR.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "::1", "::", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:DB8::ABCD",
            "fe80::1ff:fe23:4567:890a", "1:2:3:4:5:6:7:8", "2001:db8::/32", "2001:db8::1/128", "::/0",
            "::ffff:192.0.2.128", "::ffff:c000:280", "64:ff9b::192.0.2.33", "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"})
    void ipv6Accepts(String value) {
        assertThat(IndicatorType.IPV6_ADDR.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:::1", "2001:db8::1::1", "1:2:3:4:5:6:7:8:9", "12345::1", "g::1", ":", "1:2",
            "2001:db8::/129", "2001:db8::/", "2001:db8::1/64/64", "fe80::1%eth0", "[::1]", "203.0.113.7", "localhost",
            ".::1", "::1.2.3", "::256.1.1.1", "example.com", ""})
    void ipv6Rejects(String value) {
        assertThat(IndicatorType.IPV6_ADDR.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "sub.example.co.jp", "EXAMPLE.ORG", "a-b.example", "xn--eckwd4c7c.xn--zckzah",
            "example.com.", "1password.com", "a.b.c.d.e.example"})
    void domainAccepts(String value) {
        assertThat(IndicatorType.DOMAIN_NAME.accepts(value)).isTrue();
    }

    @Test
    void domainLabelsUpTo63AndNamesUpTo253Characters() {
        String label63 = "a".repeat(63);
        assertThat(IndicatorType.DOMAIN_NAME.accepts(label63 + ".example")).isTrue();
        assertThat(IndicatorType.DOMAIN_NAME.accepts("a" + label63 + ".example")).isFalse();

        String name253 = "a.".repeat(125) + "jpn";
        assertThat(name253).hasSize(253);
        assertThat(IndicatorType.DOMAIN_NAME.accepts(name253)).isTrue();
        assertThat(IndicatorType.DOMAIN_NAME.accepts("a." + name253)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "-bad.example", "bad-.example", "exa mple.com", "example..com", ".example.com",
            "example.123", "under_score.example", "例え.jp", "http://example.com", "example.com/path", ""})
    void domainRejects(String value) {
        assertThat(IndicatorType.DOMAIN_NAME.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/path?q=1#top", "https://203.0.113.7:8443/x",
            "ftp://files.example.org/a.zip", "HTTPS://EXAMPLE.COM/", "https://[2001:db8::1]/", "wss://example.com/socket",
            "ftps://example.com/", "ws://example.com"})
    void urlAccepts(String value) {
        assertThat(IndicatorType.URL.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "javascript:alert(1)", "file:///etc/passwd", "mailto:alice@example.com", "http://",
            "https:///path", "http://exa mple.com/", "gopher://example.com/", "//example.com/path", "https://example.com/a b", ""})
    void urlRejects(String value) {
        assertThat(IndicatorType.URL.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "a.b+tag@sub.example.co.jp", "O'Brien@example.ie", "ALICE@EXAMPLE.COM",
            "x@example.museum"})
    void emailAccepts(String value) {
        assertThat(IndicatorType.EMAIL_ADDR.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "alice@", "@example.com", "alice@example", "alice@@example.com", "alice@exa mple.com",
            "alice@example.c", "alice smith@example.com", "alice@-example.com", "alice@example.com.", ""})
    void emailRejects(String value) {
        assertThat(IndicatorType.EMAIL_ADDR.accepts(value)).isFalse();
    }

    @Test
    void emailLocalPartsUpTo64Characters() {
        assertThat(IndicatorType.EMAIL_ADDR.accepts("a".repeat(64) + "@example.com")).isTrue();
        assertThat(IndicatorType.EMAIL_ADDR.accepts("a".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void hashesHaveTheirExactLengthInHex() {
        String sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assertThat(IndicatorType.FILE_SHA256.accepts(sha256)).isTrue();
        assertThat(IndicatorType.FILE_SHA256.accepts(sha256.toUpperCase())).isTrue();
        assertThat(IndicatorType.FILE_SHA256.accepts(sha256.substring(1))).isFalse();
        assertThat(IndicatorType.FILE_SHA256.accepts(sha256 + "0")).isFalse();
        assertThat(IndicatorType.FILE_SHA256.accepts(sha256.substring(1) + "g")).isFalse();
        assertThat(IndicatorType.FILE_SHA256.accepts(" " + sha256.substring(1))).isFalse();

        String md5 = "d41d8cd98f00b204e9800998ecf8427e";
        assertThat(IndicatorType.FILE_MD5.accepts(md5)).isTrue();
        assertThat(IndicatorType.FILE_MD5.accepts(md5.toUpperCase())).isTrue();
        assertThat(IndicatorType.FILE_MD5.accepts(md5.substring(1))).isFalse();
        assertThat(IndicatorType.FILE_MD5.accepts(md5 + "0")).isFalse();
        assertThat(IndicatorType.FILE_MD5.accepts(md5.substring(1) + "z")).isFalse();
        assertThat(IndicatorType.FILE_MD5.accepts(sha256)).isFalse();
        assertThat(IndicatorType.FILE_SHA256.accepts(md5)).isFalse();
    }

    @Test
    void typesAreNamedByTheirStixLabels() {
        assertThat(IndicatorType.ofLabel("ipv4-addr")).contains(IndicatorType.IPV4_ADDR);
        assertThat(IndicatorType.ofLabel("ipv6-addr")).contains(IndicatorType.IPV6_ADDR);
        assertThat(IndicatorType.ofLabel("domain-name")).contains(IndicatorType.DOMAIN_NAME);
        assertThat(IndicatorType.ofLabel("url")).contains(IndicatorType.URL);
        assertThat(IndicatorType.ofLabel("email-addr")).contains(IndicatorType.EMAIL_ADDR);
        assertThat(IndicatorType.ofLabel("file-sha256")).contains(IndicatorType.FILE_SHA256);
        assertThat(IndicatorType.ofLabel("file-md5")).contains(IndicatorType.FILE_MD5);
        assertThat(IndicatorType.ofLabel("IPV4_ADDR")).isEmpty();
        assertThat(IndicatorType.ofLabel("ipv4")).isEmpty();
    }
}
