package com.wallbill.billing.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcCharacterSetTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "José Ñúñez Müller-Łukasz          | Jose Nunez Muller-Lukasz",
            "Søren Ærø Kjærgaard               | Soren AEro Kjaergaard",
            "Friedrichstraße                   | Friedrichstrasse",
            "Zoë O’Brien                       | Zoe O'Brien",
            "Œuvre d’Étienne                   | OEuvre d'Etienne",
            "Đorđe Þórsson                     | Dorde THorsson",
            "Wałęsa Łódź                       | Walesa Lodz",
            "Smith & Sons                      | Smith + Sons",
            "Ref #42 – January                 | Ref .42 - January",
            "ﬁnance ＡＢＣ                        | finance ABC",
            "Invoice   2025\t01                | Invoice 2025 01",
            "Mr. 王 Smith                       | Mr. Smith",
            "Ship 🚗 charge                     | Ship charge"})
    void transliterates_to_basic_latin(String original, String expected) {
        String epc = EpcCharacterSet.transliterate(original);

        assertThat(epc).isEqualTo(expected);
        assertThat(EpcCharacterSet.isEpcText(epc)).isTrue();
    }

    @Test
    void keeps_every_character_the_set_allows() {
        String all = "abcxyz ABCXYZ 0123456789 / - ? : ( ) . , ' +";

        assertThat(EpcCharacterSet.transliterate(all)).isEqualTo(all);
    }

    @Test
    void fitting_truncates_after_transliteration_and_drops_the_dangling_space() {
        assertThat(EpcCharacterSet.fit("Straße Nummer", 8)).isEqualTo("Strasse");
        assertThat(EpcCharacterSet.fit("Müller", 70)).isEqualTo("Muller");
    }

    @Test
    void text_outside_the_set_is_recognised() {
        assertThat(EpcCharacterSet.isEpcText("Jose")).isTrue();
        assertThat(EpcCharacterSet.isEpcText("José")).isFalse();
        assertThat(EpcCharacterSet.isEpcText("a&b")).isFalse();
        assertThat(EpcCharacterSet.isEpcText("a_b")).isFalse();
    }
}
