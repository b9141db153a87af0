package com.wallbill.central.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as the UTC {@link OffsetDateTime} the PostgreSQL client binds to {@code timestamptz}. */
public final class Utc {

    private Utc() {
    }

    /**
     * The instant at offset zero; null for null. Built from the epoch second: {@code OffsetDateTime.ofInstant}
     * makes a new {@code ZoneRules} on every call, which showed in profiles of the message path.
     */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : OffsetDateTime.of(
                LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC),
                ZoneOffset.UTC);
    }
}
