package com.wallbill.billing.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One reading of a charger's cumulative energy register, in Wh, at the charger's timestamp. */
public record RegisterReading(Instant at, BigDecimal wh) {

    public RegisterReading {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(wh, "wh");
    }
}
