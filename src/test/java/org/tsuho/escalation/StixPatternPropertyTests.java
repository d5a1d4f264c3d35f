package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tsuho.intake.IndicatorType;

/**
 * A STIX pattern built from any indicator value is one comparison whose string literal reads back as exactly that
 * value: no quote or backslash in the value can end the literal early or add a clause to the pattern.
 */
class StixPatternPropertyTests {

    @Property(tries = 1000)
    void theLiteralReadsBackAsTheValue(@ForAll IndicatorType type, @ForAll("values") String value) {
        String pattern = StixPatterns.of(type, value);

        assertThat(pattern).startsWith("[").endsWith("']");
        int open = pattern.indexOf(" = '");
        assertThat(open).isPositive();
        String literal = pattern.substring(open + 4, pattern.length() - 2);
        assertThat(unescape(literal)).isEqualTo(value);
    }

    @Property(tries = 1000)
    void everyQuoteInsideTheLiteralIsEscaped(@ForAll("values") String value) {
        String literal = StixPatterns.escape(value);
        int backslashes = 0;
        for (char c : literal.toCharArray()) {
            if (c == '\'') {
                assertThat(backslashes % 2).as("an unescaped quote in %s", literal).isEqualTo(1);
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        assertThat(backslashes % 2).as("the literal cannot end on a lone backslash that escapes the closing quote").isZero();
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("\\'\"[]() =ANDOR").ofMaxLength(30),
                Arbitraries.of("' OR [file:name = 'x", "\\", "\\'", "x' ]", "例え.jp"));
    }

    /** STIX Patterning: inside a literal, {@code \\} is a backslash and {@code \'} a quote. */
    private static String unescape(String literal) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                i++;
                c = literal.charAt(i);
                assertThat(c).isIn('\\', '\'');
            } else {
                assertThat(c).as("a bare quote inside the literal").isNotEqualTo('\'');
            }
            value.append(c);
        }
        return value.toString();
    }
}
