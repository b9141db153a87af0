package com.wallbill.billing.rate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a rate charges: a price schedule for weekdays and one for weekends, in one currency. An immutable value:
 * editing a rate makes a new tariff (a new rate version), so sessions costed with the old one keep their price.
 */
public record Tariff(RateType type, Currency currency, DaySchedule weekday, DaySchedule weekend) {

    public Tariff {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(weekend, "weekend");
        if (type == RateType.FLAT && (weekday.slots().size() != 1 || weekend.slots().size() != 1)) {
            throw new InvalidRateException("a FLAT rate has exactly one price for weekdays and one for weekends");
        }
    }

    public static Tariff flat(Currency currency, BigDecimal weekdayPrice, BigDecimal weekendPrice) {
        return new Tariff(RateType.FLAT, currency, DaySchedule.allDay(weekdayPrice), DaySchedule.allDay(weekendPrice));
    }

    public static Tariff hourly(Currency currency, List<PriceSlot> weekday, List<PriceSlot> weekend) {
        return new Tariff(RateType.HOURLY, currency, new DaySchedule(weekday), new DaySchedule(weekend));
    }

    public DaySchedule schedule(DayType dayType) {
        return dayType == DayType.WEEKEND ? weekend : weekday;
    }
}
