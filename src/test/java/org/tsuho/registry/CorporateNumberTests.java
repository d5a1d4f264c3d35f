package org.tsuho.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"9010401012345", "9120001098765", "7000012050002", "1010001000006", "1180301018771"})
    void acceptsNumbersWhoseCheckDigitMatches(String number) {
        assertThat(CorporateNumber.isValid(number)).isTrue();
        assertThat(CorporateNumber.parse(number)).map(CorporateNumber::value).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8010401012345", "9010401012346", "1120001098765", "0000000000000", "901040101234", "90104010123456",
            "901040101234X", "9010401O12345"})
    void refusesWrongCheckDigitsAndMalformedNumbers(String number) {
        assertThat(CorporateNumber.isValid(number)).isFalse();
        assertThat(CorporateNumber.parse(number)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String number) {
        assertThat(CorporateNumber.isValid(number)).isFalse();
        assertThat(CorporateNumber.parse(number)).isEmpty();
    }

    @Test
    void computesTheCheckDigitFromTheTwelveDigitBase() {
        assertThat(CorporateNumber.checkDigit("010401012345")).isEqualTo(9);
        assertThat(CorporateNumber.checkDigit("120001098765")).isEqualTo(9);
        assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
        assertThatThrownBy(() -> CorporateNumber.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsNumbersAsPeopleWriteThem() {
        assertThat(CorporateNumber.parse("９０１０４０１０１２３４５")).map(CorporateNumber::value).contains("9010401012345");
        assertThat(CorporateNumber.parse(" 9010-4010-12345 ")).map(CorporateNumber::value).contains("9010401012345");
    }

    @Test
    void cannotBeBuiltFromAnInvalidNumber() {
        assertThatThrownBy(() -> new CorporateNumber("9010401012346")).isInstanceOf(IllegalArgumentException.class);
    }
}
