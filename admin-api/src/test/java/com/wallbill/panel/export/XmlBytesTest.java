package com.wallbill.panel.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact bytes of escaped text and of numbers, where reading back with POI would hide the encoding. */
class XmlBytesTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain ASCII as is", "Wallbox 7 kW", "Wallbox 7 kW"),
                Arguments.of("markup and quotes", "a<b>&\"c\"'", "a&lt;b&gt;&amp;&quot;c&quot;'"),
                Arguments.of("CR as a reference, TAB and LF as is", "1\r\n2\t3", "1&#13;\n2\t3"),
                Arguments.of("forbidden controls replaced", "\u0000\u0008\u000B\u000C\u001F", "\uFFFD".repeat(5)),
                Arguments.of("two- and three-byte UTF-8", "é€", "é€"),
                Arguments.of("surrogate pair as one four-byte char", "🔌", "🔌"),
                Arguments.of("lone high surrogate at the end", "x\uD83D", "x\uFFFD"),
                Arguments.of("lone low surrogate", "\uDC00y", "\uFFFDy"),
                Arguments.of("Excel escape pattern guarded", "_x00E9_", "_x005F_x00E9_"),
                Arguments.of("near misses left alone", "_x00E_ _X0041_ _x00G1_ _x0041", "_x00E_ _X0041_ _x00G1_ _x0041"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void textIsEscapedForXml(String what, String text, String xml) throws IOException {
        assertThat(bytes(new XmlBytes(4).text(text))).isEqualTo(xml);
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of(0L, 0L, "0"),
                Arguments.of(45_747L, 5_000_000_000L, "45747.5"),
                Arguments.of(1L, 1L, "1.0000000001"),
                Arguments.of(-3L, 0L, "-3"),
                Arguments.of(Long.MAX_VALUE, 0L, "9223372036854775807"),
                Arguments.of(Long.MIN_VALUE, 0L, "-9223372036854775808"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("numbers")
    void fixedPointDropsTrailingZeros(long whole, long fraction, String xml) throws IOException {
        assertThat(bytes(new XmlBytes(4).fixedPoint10(whole, fraction))).isEqualTo(xml);
    }

    static Stream<Arguments> dayFractions() {
        return Stream.of(
                Arguments.of(0L, 0L),
                Arguments.of(43_200_000L, 5_000_000_000L),
                Arguments.of(1L, 116L),
                Arguments.of(ExcelTime.MILLIS_PER_DAY - 1, 9_999_999_884L));
    }

    @ParameterizedTest(name = "{0} ms")
    @MethodSource("dayFractions")
    void dayFractionRoundsAndNeverCarriesIntoTheNextDay(long millisOfDay, long fraction) {
        assertThat(ExcelTime.dayFraction10(millisOfDay)).isEqualTo(fraction);
    }

    private static String bytes(XmlBytes xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xml.drainTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
