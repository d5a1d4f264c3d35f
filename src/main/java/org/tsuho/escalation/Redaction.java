package org.tsuho.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tsuho.intake.Contact;

/**
 * Removes personal data from the free text of reports before it leaves the regulator: the company's contact persons
 * (names, email addresses, phone numbers in any spacing) and any other email address. Indicators are not free text
 * and are not touched: an attacker's address is what the partner needs.
 */
final class Redaction {

    static final String MARK = "[redacted]";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** Shorter names or numbers would redact ordinary words and figures. */
    private static final int MIN_NAME = 2;
    private static final int MIN_PHONE_DIGITS = 6;

    private final List<Pattern> patterns;

    private Redaction(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    static Redaction of(List<Contact> contacts) {
        List<Pattern> patterns = new ArrayList<>();
        for (Contact contact : contacts.stream().filter(Objects::nonNull).toList()) {
            if (contact.name() != null && contact.name().strip().length() >= MIN_NAME) {
                patterns.add(Pattern.compile(Pattern.quote(contact.name().strip())));
            }
            if (contact.phone() != null) {
                String digits = contact.phone().replaceAll("\\D", "");
                if (digits.length() >= MIN_PHONE_DIGITS) {
                    // 03-1234-5678, 0312345678, (03)1234-5678 and +81 3 1234 5678 are the same number
                    String national = digits.startsWith("0") ? "(?:0|\\+81[\\s()\\-.]*)" + spaced(digits.substring(1)) : spaced(digits);
                    patterns.add(Pattern.compile("\\(?" + national));
                }
            }
        }
        patterns.add(EMAIL);
        return new Redaction(List.copyOf(patterns));
    }

    /** The digits with any separators between them. */
    private static String spaced(String digits) {
        return digits.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("[\\s()\\-.]*"));
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(MARK);
        }
        return result;
    }
}
