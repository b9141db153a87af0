package com.wallbill.central.session;

import com.wallbill.central.db.Utc;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Meter values as column arrays, for one {@code unnest(...)} insert of all of a message's readings. */
final class SampleColumns {

    private SampleColumns() {
    }

    /** The unnest clause with its four parameters numbered from {@code first}. */
    static String unnest(int first) {
        return "unnest($%d::timestamptz[], $%d::text[], $%d::numeric[], $%d::text[]) AS r(sampled_at, context,"
                .formatted(first, first + 1, first + 2, first + 3) + " register_wh, sampled_values)";
    }

    static Object[] of(List<MeterReading> readings) {
        int n = readings.size();
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[] context = new String[n];
        BigDecimal[] register = new BigDecimal[n];
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            MeterReading r = readings.get(i);
            at[i] = Utc.of(r.sampledAt());
            context[i] = r.context();
            register[i] = r.registerWh();
            values[i] = r.sampledValues();
        }
        return new Object[] {at, context, register, values};
    }
}
