package com.wallbill.central.session;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Samples as column arrays, for one {@code unnest(...)} insert of all of a message's readings. */
final class SampleColumns {

    static final String UNNEST = "unnest($%d::timestamptz[], $%d::text[], $%d::text[], $%d::text[], $%d::text[],"
            + " $%d::text[], $%d::text[], $%d::numeric[], $%d::numeric[])"
            + " AS r(sampled_at, context, measurand, phase, location, unit, value_raw, value, register_wh)";

    private SampleColumns() {
    }

    /** The unnest clause with parameters numbered from {@code first}. */
    static String unnest(int first) {
        Object[] numbers = new Object[9];
        for (int i = 0; i < 9; i++) {
            numbers[i] = first + i;
        }
        return UNNEST.formatted(numbers);
    }

    static Object[] of(List<Sample> samples) {
        int n = samples.size();
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[] context = new String[n];
        String[] measurand = new String[n];
        String[] phase = new String[n];
        String[] location = new String[n];
        String[] unit = new String[n];
        String[] raw = new String[n];
        BigDecimal[] value = new BigDecimal[n];
        BigDecimal[] register = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Sample s = samples.get(i);
            at[i] = OffsetDateTime.ofInstant(s.sampledAt(), ZoneOffset.UTC);
            context[i] = s.context();
            measurand[i] = s.measurand();
            phase[i] = s.phase();
            location[i] = s.location();
            unit[i] = s.unit();
            raw[i] = s.rawValue();
            value[i] = s.value();
            register[i] = s.registerWh();
        }
        return new Object[] {at, context, measurand, phase, location, unit, raw, value, register};
    }
}
