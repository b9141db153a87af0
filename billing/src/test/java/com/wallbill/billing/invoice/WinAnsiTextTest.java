package com.wallbill.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WinAnsiTextTest {

    @Test
    void lettersWinAnsiHasAreKept() {
        String text = "José Muñoz-Günther, Œuvre Straße, Ærø, Šimon Žák, 12 € £ ¥ – “quoted” …";

        assertThat(WinAnsiText.sanitize(text)).isEqualTo(text);
    }

    @Test
    void decomposedAccentsAreComposedRatherThanDropped() {
        assertThat(WinAnsiText.sanitize("Jose\u0301 Mun\u0303oz")).isEqualTo("José Muñoz");
    }

    @ParameterizedTest
    @CsvSource({
        "Łukasz Wałęsa, Lukasz Walesa",
        "Dvořák, Dvorák",
        "Őrs Erdős, Ors Erdos",
        "Ștefan Țiriac, Stefan Tiriac",
        "Đorđe, Dorde",
        "ﬁnance, finance",
        "Ｗallbill, Wallbill",
    })
    void latinLettersWinAnsiLacksFallBackToTheirBaseLetter(String name, String shown) {
        assertThat(WinAnsiText.sanitize(name)).isEqualTo(shown);
    }

    @Test
    void charactersWithoutLatinFormBecomeOneQuestionMarkEach() {
        assertThat(WinAnsiText.sanitize("Łukasz 王")).isEqualTo("Lukasz ?");
        assertThat(WinAnsiText.sanitize("Ζωή")).isEqualTo("???");
        assertThat(WinAnsiText.sanitize("EV \uD83D\uDE97 fleet")).isEqualTo("EV ? fleet");
    }

    @Test
    void lineBreaksTabsAndOddSpacesBecomePlainSpaces() {
        assertThat(WinAnsiText.sanitize("a\tb\nc\u00a0d\u3000e")).isEqualTo("a b c d e");
    }

    @Test
    void invisibleFormatCharactersAreDropped() {
        assertThat(WinAnsiText.sanitize("\u200eAnna\u200d\ufeff")).isEqualTo("Anna");
    }

    @Test
    void noCodePointMakesTheStandardFontsThrow() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        StringBuilder everything = new StringBuilder();
        for (int codePoint = 0; codePoint <= 0x2FFFF; codePoint++) {
            boolean loneSurrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
            if (!loneSurrogate) {
                everything.appendCodePoint(codePoint);
            }
        }
        String shown = WinAnsiText.sanitize(everything.toString());

        assertThatCode(() -> {
            helvetica.encode(shown);
            bold.encode(shown);
        }).doesNotThrowAnyException();
    }
}
