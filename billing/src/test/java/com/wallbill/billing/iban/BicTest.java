package com.wallbill.billing.iban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest
    @ValueSource(strings = {"DEUTDEFF", "DEUTDEFF500", "CAIXESBBXXX", "BNPAFRPP", "INGBNL2A", "NWBKGB2L", "UBSWCHZH80A"})
    void accepts_eight_and_eleven_character_codes(String code) {
        assertThat(Bic.parse(code).value()).isEqualTo(code);
    }

    @Test
    void normalizes_case_and_surrounding_spaces() {
        Bic bic = Bic.parse("  cobadeffxxx ");

        assertThat(bic.value()).isEqualTo("COBADEFFXXX");
        assertThat(bic.toString()).isEqualTo("COBADEFFXXX");
    }

    @Test
    void exposes_its_parts() {
        Bic branch = Bic.parse("DEUTDEFF500");

        assertThat(branch.institutionCode()).isEqualTo("DEUT");
        assertThat(branch.countryCode()).isEqualTo("DE");
        assertThat(branch.locationCode()).isEqualTo("FF");
        assertThat(branch.branchCode()).contains("500");
        assertThat(Bic.parse("DEUTDEFF").branchCode()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DEUTDEF     | BIC must have 8 or 11 characters, got 7",
            "DEUTDEFF5   | BIC must have 8 or 11 characters, got 9",
            "DEUTDEFF50  | BIC must have 8 or 11 characters, got 10",
            "DE1TDEFF    | BIC must be 4 letters (institution)",
            "DEUT1EFF    | BIC must be 4 letters (institution)",
            "DEUTDEF-    | BIC must be 4 letters (institution)",
            "DEUTDE FF50 | BIC must be 4 letters (institution)",
            "DEUTQQFF    | BIC country code QQ is not an ISO 3166 country"})
    void rejects_codes_that_break_iso_9362(String code, String message) {
        assertThatThrownBy(() -> Bic.parse(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void rejects_a_missing_code() {
        assertThatThrownBy(() -> Bic.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BIC is missing");
    }
}
