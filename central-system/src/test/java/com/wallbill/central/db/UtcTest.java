package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UtcTest {

    @Test
    void givesTheSameDateTimeAsTheJdkForInstantsAcrossTheRange() {
        for (Instant instant : new Instant[] {Instant.EPOCH, Instant.parse("2026-11-28T23:59:59.999999999Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("2024-02-29T12:00:00.000001Z"),
                Instant.parse("-0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z")}) {
            OffsetDateTime expected = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);

            assertThat(Utc.of(instant)).isEqualTo(expected);
            assertThat(Utc.of(instant).getOffset()).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void keepsAMissingInstantMissing() {
        assertThat(Utc.of(null)).isNull();
    }
}
