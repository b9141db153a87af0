package com.wallbill.billing.iban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @Nested
    class Accepts {

        @ParameterizedTest
        @ValueSource(strings = {
                "ES91 2100 0418 4502 0005 1332", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
                "NL91 ABNA 0417 1643 00", "GB29 NWBK 6016 1331 9268 19", "BE68 5390 0754 7034",
                "IT60 X054 2811 1010 0000 0123 456", "CH93 0076 2011 6238 5295 7", "AT61 1904 3002 3457 3201",
                "NO93 8601 1117 947", "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "PT50 0002 0123 1234 5678 9015 4",
                "PL61 1090 1014 0000 0712 1981 2874", "SE45 5000 0000 0583 9825 7466", "IE29 AIBK 9311 5212 3456 78",
                "LU28 0019 4006 4475 0000", "FI21 1234 5600 0007 85", "DK50 0040 0440 1162 43"})
        void registry_examples_from_many_countries(String printed) {
            Iban iban = Iban.parse(printed);

            assertThat(iban.value()).isEqualTo(printed.replace(" ", ""));
            assertThat(iban.formatted()).isEqualTo(printed);
            assertThat(iban.countryCode()).isEqualTo(printed.substring(0, 2));
        }

        @Test
        void lower_case_and_any_spacing_and_normalizes_them_away() {
            Iban iban = Iban.parse("  es91 2100\t0418 4502\u00a00005 1332 ");

            assertThat(iban.value()).isEqualTo("ES9121000418450200051332");
            assertThat(iban).isEqualTo(Iban.parse("ES9121000418450200051332"));
        }

        @Test
        void the_canonical_constructor_validates_like_parse() {
            assertThat(new Iban("es91 2100 0418 4502 0005 1332").value()).isEqualTo("ES9121000418450200051332");
            assertThatThrownBy(() -> new Iban("ES9221000418450200051332")).isInstanceOf(InvalidIbanException.class);
        }
    }

    @Nested
    class Rejects {

        @Test
        void wrong_check_digits() {
            assertThatThrownBy(() -> Iban.parse("ES92 2100 0418 4502 0005 1332"))
                    .isInstanceOf(InvalidIbanException.class)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("IBAN check digits do not match");
        }

        @Test
        void two_transposed_digits_in_the_account_number() {
            assertThatThrownBy(() -> Iban.parse("ES91 2100 0418 4502 0005 1323"))
                    .hasMessage("IBAN check digits do not match");
        }

        @Test
        void a_length_that_does_not_match_the_country() {
            assertThatThrownBy(() -> Iban.parse("ES91 2100 0418 4502 0005 133"))
                    .isInstanceOf(InvalidIbanException.class)
                    .hasMessage("IBAN for ES must have 24 characters, got 23");
            assertThatThrownBy(() -> Iban.parse("DE89 3704 0044 0532 0130 000"))
                    .hasMessage("IBAN for DE must have 22 characters, got 23");
        }

        @Test
        void characters_other_than_letters_and_digits() {
            assertThatThrownBy(() -> Iban.parse("ES91-2100-0418-4502-0005-1332"))
                    .isInstanceOf(InvalidIbanException.class)
                    .hasMessage("IBAN may contain only letters and digits, found '-' at position 5");
            assertThatThrownBy(() -> Iban.parse("ES91 2100 0418 4502 0005 13é2"))
                    .hasMessageContaining("only letters and digits");
        }

        @Test
        void check_digits_that_are_not_digits() {
            assertThatThrownBy(() -> Iban.parse("ESX1 2100 0418 4502 0005 1332"))
                    .hasMessage("IBAN check digits (characters 3 and 4) must be digits");
        }

        @Test
        void a_country_code_that_is_not_iso_3166() {
            assertThatThrownBy(() -> Iban.parse("QQ91 2100 0418 4502 0005 1332"))
                    .hasMessage("IBAN country code QQ is not an ISO 3166 country");
            assertThatThrownBy(() -> Iban.parse("1291 2100 0418 4502 0005 1332"))
                    .hasMessage("IBAN must start with a two-letter country code");
        }

        @Test
        void a_country_that_does_not_issue_ibans() {
            assertThatThrownBy(() -> Iban.parse("US64 SVBK US6S 3300 9673 8637"))
                    .hasMessage("IBAN country US does not issue IBANs (or is not supported)");
        }

        /** 00, 01 and 99 are congruent to 97, 98 and 02, so mod-97 alone would let them through. */
        @ParameterizedTest
        @CsvSource({
                "DE97370400440532000052, DE00370400440532000052",
                "DE98370400440532000034, DE01370400440532000034",
                "DE02370400440532000016, DE99370400440532000016"})
        void check_digits_that_iso_13616_never_issues(String issued, String congruent) {
            assertThat(Iban.parse(issued).value()).isEqualTo(issued);

            assertThatThrownBy(() -> Iban.parse(congruent))
                    .hasMessageStartingWith("IBAN check digits must be between 02 and 98");
        }

        @Test
        void missing_or_empty_input() {
            assertThatThrownBy(() -> Iban.parse(null)).isInstanceOf(InvalidIbanException.class)
                    .hasMessage("IBAN is missing");
            assertThatThrownBy(() -> Iban.parse("   ")).hasMessage("IBAN is empty");
            assertThatThrownBy(() -> Iban.parse("ES9")).hasMessageStartingWith("IBAN is too short");
        }

        @Test
        void without_echoing_the_account_number_in_the_message() {
            assertThatThrownBy(() -> Iban.parse("ES92 2100 0418 4502 0005 1332"))
                    .message().doesNotContain("2100").doesNotContain("1332");
        }
    }

    @Nested
    class Masking {

        @Test
        void shows_country_check_digits_and_last_four() {
            assertThat(Iban.parse("ES9121000418450200051332").masked()).isEqualTo("ES91 **** **** **** **** 1332");
        }

        @Test
        void keeps_the_last_four_visible_when_they_straddle_a_group() {
            assertThat(Iban.parse("DE89370400440532013000").masked()).isEqualTo("DE89 **** **** **** **30 00");
            assertThat(Iban.parse("NO9386011117947").masked()).isEqualTo("NO93 **** ***7 947");
        }

        @Test
        void to_string_never_leaks_the_account_into_logs() {
            Iban iban = Iban.parse("GB29 NWBK 6016 1331 9268 19");

            assertThat(iban.toString()).isEqualTo(iban.masked()).doesNotContain("NWBK").doesNotContain("60161331");
            assertThat("paid to " + iban).isEqualTo("paid to GB29 **** **** **** **68 19");
        }
    }

    @Test
    void chunked_mod97_agrees_with_big_integer_arithmetic() {
        Random random = new Random(13616);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder digits = new StringBuilder();
            text.chars().forEach(c -> digits.append(Character.digit(c, 36)));

            assertThat(Iban.mod97(text.toString()))
                    .as(text.toString())
                    .isEqualTo(new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue());
        }
    }
}
