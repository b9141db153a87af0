package com.wallbill.ocpp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
            "2024-03-05T18:02:45Z, 2024-03-05T18:02:45Z",
            "2024-03-05T18:02:45.512Z, 2024-03-05T18:02:45.512Z",
            "2024-03-05T18:02:45.123456789Z, 2024-03-05T18:02:45.123456789Z",
            "2024-03-05T19:02:45+01:00, 2024-03-05T18:02:45Z",
            "2024-03-05T19:02:45.000+0100, 2024-03-05T18:02:45Z",
            "2024-03-05T13:02:45-05, 2024-03-05T18:02:45Z",
            "2024-03-05T18:02:45, 2024-03-05T18:02:45Z",
            "2024-02-29T23:59:59z, 2024-02-29T23:59:59Z",
    })
    void acceptsIsoTimestampsWithOrWithoutOffset(String text, String expected) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05", "2024-03-05 18:02:45Z", "2023-02-29T10:00:00Z", "2024-03-05T25:00:00Z",
            "05/03/2024 18:02", "1709661765", "", "2024-03-05T18:02:45Z[Europe/Paris]", "2024-03-05T18:02:45ZZ"})
    void rejectsAnythingElse(String text) {
        assertThat(Timestamps.tryParse(text)).isEmpty();
    }
}
