package com.wallbill.billing.rate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price per kWh for local times of day in {@code [from, to)}, in minutes after local midnight; {@code to} may be
 * 1440 ("24:00"), the end of the day.
 */
public record PriceSlot(int fromMinute, int toMinute, BigDecimal pricePerKwh) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public PriceSlot {
        Objects.requireNonNull(pricePerKwh, "pricePerKwh");
        if (fromMinute < 0 || toMinute > MINUTES_PER_DAY || fromMinute >= toMinute) {
            throw new InvalidRateException("slot " + clock(fromMinute) + "-" + clock(toMinute)
                    + " must start before it ends, within 00:00-24:00");
        }
        if (pricePerKwh.signum() < 0) {
            throw new InvalidRateException("price per kWh must not be negative: " + pricePerKwh.toPlainString());
        }
    }

    /** A slot from "HH:mm" to "HH:mm" ("24:00" allowed as the end) at a decimal price. */
    public static PriceSlot of(String from, String to, String pricePerKwh) {
        return new PriceSlot(parseClock(from), parseClock(to), new BigDecimal(pricePerKwh));
    }

    public String from() {
        return clock(fromMinute);
    }

    public String to() {
        return clock(toMinute);
    }

    static int parseClock(String value) {
        if (value == null || !value.matches("\\d{2}:\\d{2}")) {
            throw new InvalidRateException("time of day must be HH:mm, got " + value);
        }
        int hours = Integer.parseInt(value.substring(0, 2));
        int minutes = Integer.parseInt(value.substring(3));
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
            throw new InvalidRateException("time of day out of range: " + value);
        }
        return hours * 60 + minutes;
    }

    static String clock(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
