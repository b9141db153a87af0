package com.wallbill.billing.rate;

import java.time.DayOfWeek;

/** Which price list applies on a local date: Monday to Friday are weekdays, Saturday and Sunday the weekend. */
public enum DayType {
    WEEKDAY, WEEKEND;

    public static DayType of(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKEND : WEEKDAY;
    }

    /** Day type of a day counted from 1970-01-01 (a Thursday), without building a LocalDate. */
    public static DayType ofEpochDay(long epochDay) {
        int mondayBased = (int) Math.floorMod(epochDay + 3, 7L);
        return mondayBased >= 5 ? WEEKEND : WEEKDAY;
    }
}
