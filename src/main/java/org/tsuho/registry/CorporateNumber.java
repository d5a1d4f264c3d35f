package org.tsuho.registry;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A corporate number (法人番号): 13 digits, the first of which is a check digit over the other twelve. The check
 * digit is {@code 9 - (Σ Pn × Qn mod 9)}, where Pn is the n-th of the twelve digits counted from the right and Qn
 * is 1 for odd n and 2 for even n (National Tax Agency, 法人番号の指定等に関する省令 第2条).
 */
public record CorporateNumber(String value) {

    public CorporateNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a corporate number: " + value);
        }
    }

    /**
     * Reads a corporate number as people write it: full-width digits, spaces and hyphens are tolerated
     * ({@code ９０１０-４０１０-１２３４５}).
     */
    public static Optional<CorporateNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
        return isValid(digits) ? Optional.of(new CorporateNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        return digits != null && digits.matches("[0-9]{13}") && digits.charAt(0) - '0' == checkDigit(digits.substring(1));
    }

    /** The check digit of a twelve-digit base number. */
    public static int checkDigit(String base) {
        if (base == null || !base.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("the base number has twelve digits");
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    @Override
    public String toString() {
        return value;
    }
}
