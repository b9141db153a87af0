package com.wallbill.panel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each column type accepts, and how the values read back with POI. Grouped by type. */
class CellValuesTest {

    // --- text ----------------------------------------------------------------------------------------------------

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("accents", "Núria Çelik-Ørsted, Zoë Groß", "Núria Çelik-Ørsted, Zoë Groß"),
                Arguments.of("emoji (surrogate pairs)", "⚡ charged 🔌🚗", "⚡ charged 🔌🚗"),
                Arguments.of("XML metacharacters", "<b>Tom & \"Jerry\"</b> 'x'", "<b>Tom & \"Jerry\"</b> 'x'"),
                Arguments.of("CDATA end", "]]>", "]]>"),
                Arguments.of("tab, LF and CR kept", "a\tb\nc\r\nd", "a\tb\nc\r\nd"),
                Arguments.of("leading and trailing spaces kept", "  padded  ", "  padded  "),
                Arguments.of("controls XML 1.0 forbids", "a\u0000b\u0001c\u000Bd\u001Fe", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe"),
                Arguments.of("non-characters", "x\uFFFEy\uFFFF", "x\uFFFDy\uFFFD"),
                Arguments.of("unpaired surrogates", "a\uD83Db \uDC0Ac", "a\uFFFDb \uFFFDc"),
                Arguments.of("Excel's escape pattern taken literally", "_x0041_ and _x00e9_", "_x0041_ and _x00e9_"),
                Arguments.of("underscores", "snake_case_x_", "snake_case_x_"),
                Arguments.of("empty", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void textReadsBackAsWritten(String what, String written, String read) {
        XSSFSheet sheet = Exports.column(ColumnType.TEXT, written);

        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(read);
    }

    @Test
    void textColumnWritesAnyValueAsItsString() {
        XSSFSheet sheet = Exports.column(ColumnType.TEXT, 42, BigDecimal.ONE, java.util.Currency.getInstance("EUR"));

        assertThat(List.of(1, 2, 3)).extracting(r -> sheet.getRow(r).getCell(0).getStringCellValue())
                .containsExactly("42", "1", "EUR");
    }

    @Test
    void longestTextExcelHoldsGoesThrough() {
        String longest = "é".repeat(32_767);

        assertThat(Exports.column(ColumnType.TEXT, longest).getRow(1).getCell(0).getStringCellValue())
                .isEqualTo(longest);
    }

    // --- numbers -------------------------------------------------------------------------------------------------

    @Test
    void integersOfEveryIntegralType() {
        XSSFSheet sheet = Exports.column(ColumnType.INTEGER, (byte) -7, (short) 300, 70_001, 9_007_199_254_740_992L,
                BigInteger.valueOf(-12));

        assertThat(List.of(1, 2, 3, 4, 5)).extracting(r -> sheet.getRow(r).getCell(0).getNumericCellValue())
                .containsExactly(-7.0, 300.0, 70_001.0, 9_007_199_254_740_992.0, -12.0);
    }

    @Test
    void decimalsFromBigDecimalIntegralAndFloatingValues() {
        XSSFSheet sheet = Exports.column(ColumnType.DECIMAL_3, new BigDecimal("-0.001"), new BigDecimal("1E+3"),
                new BigDecimal("1234567890123.45"), 5L, 0.1, 2.5f, 1e-7);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7)).extracting(r -> sheet.getRow(r).getCell(0).getNumericCellValue())
                .containsExactly(-0.001, 1000.0, 1234567890123.45, 5.0, 0.1, 2.5, 1e-7);
    }

    @Test
    void moneyIsShownWithTwoDecimalsAndThousands() {
        XSSFSheet sheet = Exports.column(ColumnType.DECIMAL_2, new BigDecimal("1234567.891"), new BigDecimal("-0.5"));

        DataFormatter shown = new DataFormatter(Locale.US);
        assertThat(shown.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("1,234,567.89");
        assertThat(shown.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("-0.50");
    }

    // --- date-times ----------------------------------------------------------------------------------------------

    static Stream<Arguments> dateTimes() {
        return Stream.of(
                Arguments.of("winter, CET", Instant.parse("2025-01-15T07:30:00Z"), "2025-01-15T08:30"),
                Arguments.of("summer, CEST", Instant.parse("2025-07-15T07:30:00Z"), "2025-07-15T09:30"),
                Arguments.of("last minute before spring forward", Instant.parse("2025-03-30T00:59:00Z"),
                        "2025-03-30T01:59"),
                Arguments.of("spring forward skips 02:00-03:00", Instant.parse("2025-03-30T01:00:00Z"),
                        "2025-03-30T03:00"),
                Arguments.of("fall back, first 02:30 (CEST)", Instant.parse("2025-10-26T00:30:00Z"),
                        "2025-10-26T02:30"),
                Arguments.of("fall back, second 02:30 (CET)", Instant.parse("2025-10-26T01:30:00Z"),
                        "2025-10-26T02:30"),
                Arguments.of("new year in Madrid, not yet in UTC", Instant.parse("2025-12-31T23:15:00Z"),
                        "2026-01-01T00:15"),
                Arguments.of("leap day", Instant.parse("2024-02-29T11:00:00Z"), "2024-02-29T12:00"),
                Arguments.of("milliseconds kept", Instant.parse("2025-05-05T10:00:00.123Z"), "2025-05-05T12:00:00.123"),
                Arguments.of("last millisecond of a day", Instant.parse("2025-05-05T21:59:59.999Z"),
                        "2025-05-05T23:59:59.999"),
                Arguments.of("OffsetDateTime moved to the zone", OffsetDateTime.parse("2025-07-01T10:15:30+00:00"),
                        "2025-07-01T12:15:30"),
                Arguments.of("ZonedDateTime moved to the zone", ZonedDateTime.parse("2025-01-15T08:00-05:00[America/New_York]"),
                        "2025-01-15T14:00"),
                Arguments.of("LocalDateTime taken as local", LocalDateTime.parse("2025-03-30T02:30"), "2025-03-30T02:30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateTimes")
    void dateTimeShowsTheLocalTimeOfTheZone(String what, Object written, String local) {
        XSSFSheet sheet = Exports.column(ColumnType.DATE_TIME, written);

        assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse(local));
    }

    @Test
    void dateTimeIsShownToTheMinute() {
        XSSFSheet sheet = Exports.column(ColumnType.DATE_TIME, Instant.parse("2025-03-30T01:00:40Z"));

        assertThat(new DataFormatter(Locale.US).formatCellValue(sheet.getRow(1).getCell(0)))
                .isEqualTo("2025-03-30 03:00");
    }

    @Test
    void dateTimesExcelCannotShowAreRejected() {
        assertThatThrownBy(() -> Exports.column(ColumnType.DATE_TIME, Instant.parse("1900-02-28T12:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside Excel's range");
        assertThatThrownBy(() -> Exports.column(ColumnType.DATE_TIME, LocalDateTime.parse("+10000-01-01T00:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside Excel's range");
    }

    // --- durations -----------------------------------------------------------------------------------------------

    @Test
    void durationsShowHoursPastADay() {
        XSSFSheet sheet = Exports.column(ColumnType.DURATION, Duration.ZERO, Duration.ofSeconds(3723),
                Duration.ofHours(27).plusSeconds(5), Duration.ofDays(40));

        DataFormatter shown = new DataFormatter(Locale.US);
        assertThat(List.of(1, 2, 3, 4)).extracting(r -> shown.formatCellValue(sheet.getRow(r).getCell(0)))
                .containsExactly("0:00:00", "1:02:03", "27:00:05", "960:00:00");
    }

    @Test
    void durationKeepsMilliseconds() {
        XSSFSheet sheet = Exports.column(ColumnType.DURATION, Duration.ofMillis(1_500), Duration.ofMillis(86_399_999));

        // ten decimals of a day: within 4.32 microseconds, far inside the half millisecond readers round to
        assertThat(sheet.getRow(1).getCell(0).getNumericCellValue() * 86_400_000).isCloseTo(1_500, within(0.005));
        assertThat(sheet.getRow(2).getCell(0).getNumericCellValue() * 86_400_000)
                .isCloseTo(86_399_999, within(0.005));
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatThrownBy(() -> Exports.column(ColumnType.DURATION, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative duration");
    }

    // --- values a column cannot hold -----------------------------------------------------------------------------

    static Stream<Arguments> misfits() {
        return Stream.of(
                Arguments.of(ColumnType.INTEGER, "12"),
                Arguments.of(ColumnType.INTEGER, new BigDecimal("1.5")),
                Arguments.of(ColumnType.INTEGER, 1.0),
                Arguments.of(ColumnType.DECIMAL_2, "12.50"),
                Arguments.of(ColumnType.DECIMAL_2, Double.NaN),
                Arguments.of(ColumnType.DECIMAL_2, Double.POSITIVE_INFINITY),
                Arguments.of(ColumnType.DECIMAL_2, new BigDecimal("1E+400")),
                Arguments.of(ColumnType.DATE_TIME, java.time.LocalDate.of(2025, 1, 1)),
                Arguments.of(ColumnType.DATE_TIME, 45_000),
                Arguments.of(ColumnType.DURATION, 90L));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("misfits")
    void valueOfTheWrongKindIsRejectedNamingRowAndColumn(ColumnType type, Object value) {
        assertThatThrownBy(() -> Exports.column(type, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("row 2: ");
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
