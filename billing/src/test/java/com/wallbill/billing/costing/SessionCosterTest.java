package com.wallbill.billing.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallbill.billing.rate.DayType;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import com.wallbill.billing.session.SessionFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionCosterTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    static List<GoldenCases.Case> goldenCases() {
        return GoldenCases.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void reproducesEveryGoldenCaseToTheCent(GoldenCases.Case golden) {
        CostedSession costed = SessionCoster.cost(golden.tariff(), golden.zone(), golden.readings(),
                golden.refundPercent());

        assertThat(costed.energyWh()).isEqualByComparingTo(golden.energyWh());
        assertThat(costed.costExact()).isEqualTo(golden.costExact());
        assertThat(costed.cost().amount()).isEqualTo(golden.cost());
        assertThat(costed.refund().amount()).isEqualTo(golden.refund());
        BigDecimal breakdownTotal = costed.breakdown().stream().map(SlotCharge::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(breakdownTotal.subtract(golden.costExact()).abs())
                .as("breakdown lines add up to the exact cost (each rounded to 6 decimals)")
                .isLessThanOrEqualTo(new BigDecimal("0.000001").multiply(BigDecimal.valueOf(costed.breakdown().size())));
    }

    @Test
    void goldenCasesAreAllPresent() {
        assertThat(goldenCases()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void breakdownShowsEnergyAndAmountPerSlot() {
        // Wednesday 21:00-23:00 local at 7.4 kW: one hour at 0.2210, one hour at 0.1450.
        Tariff tariff = sixSlotWeekdays();
        CostedSession costed = SessionCoster.cost(tariff, MADRID,
                List.of(reading("2026-11-25T20:00:00Z", 0), reading("2026-11-25T22:00:00Z", 14800)),
                new BigDecimal("100"));

        assertThat(costed.breakdown()).extracting(c -> c.slot().from(), SlotCharge::energyWh, SlotCharge::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("18:00", new BigDecimal("7400.000"), new BigDecimal("1.635400")),
                        org.assertj.core.groups.Tuple.tuple("22:00", new BigDecimal("7400.000"), new BigDecimal("1.073000")));
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("2.71"));
    }

    @Test
    void energyExactlyOnAHalfCentRoundsUpEvenWhenSpreadOverThirds() {
        // 3 s interval split 1 s / 2 s across a slot boundary: 1/3 and 2/3 of the energy. Exact total 0.005.
        Tariff tariff = Tariff.hourly(EUR,
                List.of(PriceSlot.of("00:00", "12:00", "0.5"), PriceSlot.of("12:00", "24:00", "0.5")),
                List.of(PriceSlot.of("00:00", "24:00", "0.5")));
        CostedSession costed = SessionCoster.cost(tariff, ZoneId.of("UTC"),
                List.of(reading("2026-11-25T11:59:59Z", 100), reading("2026-11-25T12:00:02Z", 110)),
                new BigDecimal("100"));

        assertThat(costed.costExact()).isEqualTo(new BigDecimal("0.005000"));
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void fallBackRepeatedHourIsPricedTwiceByItsWallClockSlot() {
        // New York, Sunday 2026-11-01: 01:00-02:00 happens twice. 1 kWh per real hour from 00:00 EDT to 03:00 EST.
        // 00:00-01:30 EDT cheap (1.5 h), 01:30-02:00 EDT dear (0.5 h), 01:00-01:30 EST cheap again (0.5 h),
        // 01:30-03:00 EST dear (1.5 h): 2 kWh at 0.10 and 2 kWh at 0.30.
        Tariff tariff = Tariff.hourly(EUR, List.of(PriceSlot.of("00:00", "24:00", "1.00")),
                List.of(PriceSlot.of("00:00", "01:30", "0.10"), PriceSlot.of("01:30", "24:00", "0.30")));
        CostedSession costed = SessionCoster.cost(tariff, ZoneId.of("America/New_York"),
                List.of(reading("2026-11-01T04:00:00Z", 0), reading("2026-11-01T08:00:00Z", 4000)),
                new BigDecimal("100"));

        assertThat(costed.breakdown()).extracting(c -> c.slot().from(), SlotCharge::energyWh).containsExactly(
                org.assertj.core.groups.Tuple.tuple("00:00", new BigDecimal("2000.000")),
                org.assertj.core.groups.Tuple.tuple("01:30", new BigDecimal("2000.000")));
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("0.80"));
    }

    @Test
    void slotBoundaryInsideTheSpringForwardGapFallsAtTheTransition() {
        // New York, Sunday 2026-03-08: 02:00 EST jumps to 03:00 EDT at 07:00Z, so the 02:30 boundary never
        // shows on the clock; the dear slot starts at the jump. 1 kWh per hour from 01:00 EST to 05:00 EDT.
        Tariff tariff = Tariff.hourly(EUR, List.of(PriceSlot.of("00:00", "24:00", "1.00")),
                List.of(PriceSlot.of("00:00", "02:30", "0.10"), PriceSlot.of("02:30", "24:00", "0.30")));
        CostedSession costed = SessionCoster.cost(tariff, ZoneId.of("America/New_York"),
                List.of(reading("2026-03-08T06:00:00Z", 0), reading("2026-03-08T09:00:00Z", 3000)),
                new BigDecimal("100"));

        assertThat(costed.breakdown()).extracting(SlotCharge::energyWh)
                .containsExactly(new BigDecimal("1000.000"), new BigDecimal("2000.000"));
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("0.70"));
    }

    @Test
    void weekendStartsAtLocalMidnightNotUtcMidnight() {
        Tariff tariff = Tariff.flat(EUR, new BigDecimal("0.20"), new BigDecimal("0.10"));
        // Saturday 00:30 local in Madrid (UTC+1) is Friday 23:30 UTC: weekend price.
        CostedSession costed = SessionCoster.cost(tariff, MADRID,
                List.of(reading("2026-11-27T23:30:00Z", 0), reading("2026-11-28T00:30:00Z", 1000)),
                new BigDecimal("100"));

        assertThat(costed.breakdown()).singleElement().extracting(SlotCharge::dayType).isEqualTo(DayType.WEEKEND);
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void falteringRegisterIsFlaggedAndItsDropNeverSubtracted() {
        Tariff tariff = Tariff.flat(EUR, new BigDecimal("0.20"), new BigDecimal("0.20"));
        CostedSession costed = SessionCoster.cost(tariff, MADRID, List.of(
                reading("2026-11-25T10:00:00Z", 5000),
                reading("2026-11-25T11:00:00Z", 8000),
                reading("2026-11-25T11:30:00Z", 100),
                reading("2026-11-25T12:00:00Z", 2100)), new BigDecimal("100"));

        assertThat(costed.energyWh()).isEqualByComparingTo("5000");
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("1.00"));
        assertThat(costed.flags()).contains(SessionFlag.REGISTER_DECREASED);
    }

    @Test
    void leadingZeroBeforeALifetimeRegisterIsNeverBilled() {
        Tariff tariff = Tariff.flat(EUR, new BigDecimal("0.20"), new BigDecimal("0.20"));
        CostedSession costed = SessionCoster.cost(tariff, MADRID, List.of(
                reading("2026-11-25T10:00:00Z", 0),
                reading("2026-11-25T10:15:00Z", 4_512_300),
                reading("2026-11-25T11:15:00Z", 4_519_700)), new BigDecimal("100"));

        assertThat(costed.energyWh()).isEqualByComparingTo("7400");
        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("1.48"));
        assertThat(costed.flags()).contains(SessionFlag.ZERO_BASELINE);
    }

    @Test
    void readingsMayArriveOutOfOrder() {
        Tariff tariff = sixSlotWeekdays();
        List<RegisterReading> ordered = List.of(reading("2026-11-25T20:00:00Z", 0),
                reading("2026-11-25T21:00:00Z", 7400), reading("2026-11-25T22:00:00Z", 14800));
        List<RegisterReading> shuffled = List.of(ordered.get(2), ordered.get(0), ordered.get(1));

        assertThat(SessionCoster.cost(tariff, MADRID, shuffled, BigDecimal.TEN))
                .isEqualTo(SessionCoster.cost(tariff, MADRID, ordered, BigDecimal.TEN));
    }

    @Test
    void twoReadingsAtTheSameInstantPriceTheRiseAtThatInstant() {
        Tariff tariff = sixSlotWeekdays();
        CostedSession costed = SessionCoster.cost(tariff, MADRID,
                List.of(reading("2026-11-25T21:30:00Z", 1000), reading("2026-11-25T21:30:00Z", 2000)),
                new BigDecimal("100"));

        assertThat(costed.breakdown()).singleElement().satisfies(c -> assertThat(c.slot().from()).isEqualTo("22:00"));
        assertThat(costed.costExact()).isEqualTo(new BigDecimal("0.145000"));
    }

    @Test
    void noReadingsCostNothing() {
        CostedSession costed = SessionCoster.cost(sixSlotWeekdays(), MADRID, List.of(), new BigDecimal("100"));

        assertThat(costed.cost().isZero()).isTrue();
        assertThat(costed.breakdown()).isEmpty();
    }

    @Test
    void refundPercentageOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> SessionCoster.cost(sixSlotWeekdays(), MADRID, List.of(), new BigDecimal("100.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> SessionCoster.cost(sixSlotWeekdays(), MADRID, List.of(), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currencyWithoutMinorUnitsRoundsToWholeUnits() {
        Tariff tariff = Tariff.flat(Currency.getInstance("JPY"), new BigDecimal("31.5"), new BigDecimal("31.5"));
        CostedSession costed = SessionCoster.cost(tariff, ZoneId.of("Asia/Tokyo"),
                List.of(reading("2026-11-25T10:00:00Z", 0), reading("2026-11-25T11:00:00Z", 1000)),
                new BigDecimal("50"));

        assertThat(costed.cost().amount()).isEqualTo(new BigDecimal("32"));
        assertThat(costed.refund().amount()).isEqualTo(new BigDecimal("16"));
    }

    static Tariff sixSlotWeekdays() {
        return Tariff.hourly(EUR, List.of(
                PriceSlot.of("00:00", "08:00", "0.0900"), PriceSlot.of("08:00", "10:00", "0.1450"),
                PriceSlot.of("10:00", "14:00", "0.2210"), PriceSlot.of("14:00", "18:00", "0.1450"),
                PriceSlot.of("18:00", "22:00", "0.2210"), PriceSlot.of("22:00", "24:00", "0.1450")),
                List.of(PriceSlot.of("00:00", "24:00", "0.0900")));
    }

    static RegisterReading reading(String at, long wh) {
        return new RegisterReading(Instant.parse(at), BigDecimal.valueOf(wh));
    }
}
