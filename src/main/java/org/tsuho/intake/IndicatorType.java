package org.tsuho.intake;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Indicator types (STIX 2.1 cyber-observable names) and the check each value must pass. */
public enum IndicatorType {
    IPV4_ADDR("ipv4-addr") {
        @Override
        boolean accepts(String value) {
            String[] cidr = value.split("/", -1);
            if (cidr.length > 2 || (cidr.length == 2 && !prefix(cidr[1], 32))) {
                return false;
            }
            String[] parts = cidr[0].split("\\.", -1);
            if (parts.length != 4) {
                return false;
            }
            for (String part : parts) {
                if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255 || (part.length() > 1 && part.startsWith("0"))) {
                    return false;
                }
            }
            return true;
        }
    },
    IPV6_ADDR("ipv6-addr") {
        @Override
        boolean accepts(String value) {
            String[] cidr = value.split("/", -1);
            if (cidr.length > 2 || (cidr.length == 2 && !prefix(cidr[1], 128))) {
                return false;
            }
            // A hex digit or colon first, then only hex digits, colons and dots: InetAddress then parses an IPv6
            // literal and never asks DNS. It turns IPv4-mapped forms (::ffff:192.0.2.1) into IPv4 addresses, which
            // are still valid IPv6 text, so any successful parse counts.
            String address = cidr[0];
            if (!address.contains(":") || !address.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}")) {
                return false;
            }
            try {
                InetAddress.getByName(address);
                return true;
            } catch (UnknownHostException e) {
                return false;
            }
        }
    },
    DOMAIN_NAME("domain-name") {
        @Override
        boolean accepts(String value) {
            return value.length() <= 253 && DOMAIN.matcher(value).matches();
        }
    },
    URL("url") {
        @Override
        boolean accepts(String value) {
            try {
                URI uri = new URI(value);
                return uri.getScheme() != null && uri.getScheme().matches("(?i)https?|ftp|ftps|wss?") && uri.getHost() != null;
            } catch (Exception e) {
                return false;
            }
        }
    },
    EMAIL_ADDR("email-addr") {
        @Override
        boolean accepts(String value) {
            return EMAIL.matcher(value).matches();
        }
    },
    FILE_SHA256("file-sha256") {
        @Override
        boolean accepts(String value) {
            return value.matches("[0-9A-Fa-f]{64}");
        }
    },
    FILE_MD5("file-md5") {
        @Override
        boolean accepts(String value) {
            return value.matches("[0-9A-Fa-f]{32}");
        }
    };

    static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?\\.?");
    static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private final String label;

    IndicatorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract boolean accepts(String value);

    public static Optional<IndicatorType> ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    private static boolean prefix(String text, int max) {
        return text.matches("\\d{1,3}") && Integer.parseInt(text) <= max;
    }
}
