package com.wallbill.billing.rate;

import java.util.List;
import java.util.Objects;

/** The price slots of one day type: contiguous, in order, covering 00:00 to 24:00 exactly once. */
public record DaySchedule(List<PriceSlot> slots) {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    public DaySchedule {
        Objects.requireNonNull(slots, "slots");
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new InvalidRateException("a day needs at least one price slot");
        }
        int expectedFrom = 0;
        for (PriceSlot slot : slots) {
            if (slot.fromMinute() != expectedFrom) {
                throw new InvalidRateException(expectedFrom == 0
                        ? "the first slot must start at 00:00, not " + slot.from()
                        : "slots must be contiguous: a slot starts at " + slot.from() + " but the previous ended at "
                                + PriceSlot.clock(expectedFrom));
            }
            expectedFrom = slot.toMinute();
        }
        if (expectedFrom != PriceSlot.MINUTES_PER_DAY) {
            throw new InvalidRateException("the last slot must end at 24:00, not " + PriceSlot.clock(expectedFrom));
        }
    }

    public static DaySchedule allDay(java.math.BigDecimal pricePerKwh) {
        return new DaySchedule(List.of(new PriceSlot(0, PriceSlot.MINUTES_PER_DAY, pricePerKwh)));
    }

    /** Index of the slot covering a local time of day given in nanoseconds after midnight. */
    public int indexAt(long nanoOfDay) {
        List<PriceSlot> s = slots;
        for (int i = 0; i < s.size() - 1; i++) {
            if (nanoOfDay < s.get(i).toMinute() * NANOS_PER_MINUTE) {
                return i;
            }
        }
        return s.size() - 1;
    }

    /** End of slot {@code index} in nanoseconds after local midnight. */
    public long endNanos(int index) {
        return slots.get(index).toMinute() * NANOS_PER_MINUTE;
    }
}
