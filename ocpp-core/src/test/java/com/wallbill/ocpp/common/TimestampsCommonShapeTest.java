package com.wallbill.ocpp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Timestamps#parse} reads the common shape by hand; it must accept and reject exactly what the formatters
 * alone ({@link Timestamps#parseWithFormatter}) accept and reject, with the same instant or the same exception.
 * Checked on generated date-times: every month and day of leap and common years, times at the edges, fractions
 * of 0 to 10 digits, offsets at and beyond the ±18:00 limit, each mutated character by character, and random ones.
 */
class TimestampsCommonShapeTest {

    private static final String[] YEARS = {"0000", "0001", "0004", "1899", "1900", "1969", "1970", "1999", "2000",
            "2023", "2024", "2100", "2400", "9999", "20a4", "２０24"};
    private static final String[] FRACTIONS = {"", ".", ".5", ".51", ".512", ".5123", ".51234", ".512345",
            ".5123456", ".51234567", ".512345678", ".5123456789", ".000000000", ".999999999", ".9999999999", ",5"};
    private static final String[] OFFSETS = {"Z", "z", "", "+00:00", "-00:00", "+01:00", "-05:00", "+18:00", "-18:00",
            "+17:59", "-17:59", "+18:01", "-18:01", "+19:00", "+99:00", "+01:60", "+01:59", "+0100", "-0500", "+01",
            "-05", "+1:00", "+01:0", "+01:00:30", "+01:00:60", "ZZ", "Z ", "+01:00Z", "UTC", "+01:00[Europe/Paris]",
            "\u221201:00", "+01-00"};
    private static final char[] REPLACEMENTS = {'0', '1', '2', '5', '9', 'a', 'T', 't', 'Z', 'z', '-', '+', ':', '.',
            ' ', '\u0663', '\uff10', '/'};

    @Test
    void everyDateOfLeapAndCommonYearsAgrees() {
        List<String> texts = new ArrayList<>();
        for (String year : YEARS) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    texts.add(year + "-" + two(month) + "-" + two(day) + "T12:30:45Z");
                }
            }
        }
        assertAgreement(texts);
    }

    @Test
    void timesAtTheEdgesAgree() {
        List<String> texts = new ArrayList<>();
        for (int hour : new int[] {0, 1, 9, 10, 19, 20, 23, 24, 25, 99}) {
            for (int minute : new int[] {0, 9, 10, 59, 60, 99}) {
                for (int second : new int[] {0, 9, 10, 59, 60, 99}) {
                    texts.add("2024-12-31T" + two(hour) + ":" + two(minute) + ":" + two(second) + "Z");
                    texts.add("2024-12-31T" + two(hour) + ":" + two(minute) + ":" + two(second) + ".999999999-18:00");
                }
            }
        }
        assertAgreement(texts);
    }

    @Test
    void fractionsAndOffsetsAgree() {
        List<String> texts = new ArrayList<>();
        for (String date : new String[] {"2024-02-29T23:59:59", "2023-12-31T23:59:59", "0000-01-01T00:00:00",
                "9999-12-31T23:59:59", "1970-01-01T00:00:00", "2023-02-29T10:00:00"}) {
            for (String fraction : FRACTIONS) {
                for (String offset : OFFSETS) {
                    texts.add(date + fraction + offset);
                }
            }
        }
        assertAgreement(texts);
    }

    @Test
    void everySingleCharacterChangeAgrees() {
        Set<String> texts = new LinkedHashSet<>();
        for (String valid : new String[] {"2024-03-05T18:02:45Z", "2024-03-05T18:02:45.512+01:00",
                "2024-02-29T23:59:59.123456789-18:00", "2024-03-05T18:02:45.5-00:00"}) {
            for (int i = 0; i <= valid.length(); i++) {
                texts.add(valid.substring(0, i));
                texts.add(valid.substring(i));
                if (i < valid.length()) {
                    texts.add(valid.substring(0, i) + valid.substring(i + 1));
                }
                for (char c : REPLACEMENTS) {
                    texts.add(valid.substring(0, i) + c + valid.substring(i));
                    if (i < valid.length()) {
                        texts.add(valid.substring(0, i) + c + valid.substring(i + 1));
                    }
                }
            }
        }
        assertAgreement(new ArrayList<>(texts));
    }

    @Test
    void randomDateTimesAgree() {
        Random random = new Random(20240305L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            texts.add(randomDateTime(random));
        }
        assertAgreement(texts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T18:02:45Z", "2024-03-05T18:02:45.1Z", "2024-03-05T18:02:45.123456789+18:00",
            "0000-02-29T00:00:00-18:00", "9999-12-31T23:59:59.999999999Z", "2024-03-05T19:02:45+01:00"})
    void commonShapeIsReadByHand(String text) {
        assertThat(Timestamps.parseCommonShape(text)).isEqualTo(Timestamps.parseWithFormatter(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T18:02:45", "2024-03-05t18:02:45Z", "2024-03-05T18:02:45z",
            "2024-03-05T18:02:45+0100", "2024-03-05T18:02:45+01", "2024-03-05T18:02Z", "2024-03-05T18:02:45.Z",
            "2024-03-05T18:02:45+01:00:30", "+12024-03-05T18:02:45Z"})
    void otherAcceptedShapesAreLeftToTheFormatters(String text) {
        assertThat(Timestamps.parseCommonShape(text)).isNull();
        assertThat(Timestamps.parse(text)).isEqualTo(Timestamps.parseWithFormatter(text));
    }

    private static String randomDateTime(Random random) {
        StringBuilder out = new StringBuilder();
        out.append(random.nextInt(20) == 0 ? pick(random, YEARS) : digits(random, 4, random.nextInt(40) == 0));
        out.append(random.nextInt(50) == 0 ? '/' : '-');
        out.append(random.nextInt(4) == 0 ? digits(random, 2, random.nextInt(20) == 0) : two(1 + random.nextInt(12)));
        out.append('-');
        out.append(random.nextInt(4) == 0 ? digits(random, 2, random.nextInt(20) == 0) : two(1 + random.nextInt(31)));
        out.append(random.nextInt(50) == 0 ? 't' : 'T');
        out.append(random.nextInt(4) == 0 ? digits(random, 2, false) : two(random.nextInt(24)));
        out.append(':').append(random.nextInt(4) == 0 ? digits(random, 2, false) : two(random.nextInt(60)));
        if (random.nextInt(30) != 0) {
            out.append(':').append(random.nextInt(4) == 0 ? digits(random, 2, false) : two(random.nextInt(60)));
        }
        if (random.nextBoolean()) {
            out.append('.').append(digits(random, random.nextInt(11), random.nextInt(40) == 0));
        }
        int offset = random.nextInt(4);
        if (offset == 0) {
            out.append(pick(random, OFFSETS));
        } else if (offset == 1) {
            out.append(random.nextBoolean() ? '+' : '-').append(two(random.nextInt(20))).append(':')
                    .append(random.nextInt(3) == 0 ? digits(random, 2, false) : two(random.nextInt(60)));
        } else {
            out.append('Z');
        }
        return out.toString();
    }

    private static String digits(Random random, int count, boolean withJunk) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(withJunk && random.nextInt(count) == 0 ? REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]
                    : (char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static void assertAgreement(List<String> texts) {
        int accepted = 0;
        int byHand = 0;
        for (String text : texts) {
            String expected = outcome(() -> Timestamps.parseWithFormatter(text));
            assertThat(outcome(() -> Timestamps.parse(text))).as(text).isEqualTo(expected);
            assertThat(Timestamps.tryParse(text).isPresent()).as(text).isEqualTo(expected.startsWith("instant "));
            if (expected.startsWith("instant ")) {
                accepted++;
                if (Timestamps.parseCommonShape(text) != null) {
                    byHand++;
                }
            }
        }
        // a generator that produced only garbage, only valid text or nothing of the common shape would prove little
        assertThat(accepted).as("accepted of %s", texts.size()).isBetween(1, texts.size() - 1);
        assertThat(byHand).as("read by hand").isPositive();
    }

    /** The instant, or the exception's class, message and error index: what a caller could observe. */
    private static String outcome(Supplier<Instant> parse) {
        try {
            Instant instant = parse.get();
            return "instant " + instant.getEpochSecond() + "/" + instant.getNano();
        } catch (DateTimeParseException e) {
            return e.getClass().getName() + ": " + e.getMessage() + " at " + e.getErrorIndex()
                    + " of " + e.getParsedString();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
