package com.wallbill.billing.costing;

import com.wallbill.billing.money.Money;
import com.wallbill.billing.rate.DaySchedule;
import com.wallbill.billing.rate.DayType;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import com.wallbill.billing.session.SessionEnergy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prices a session: the one pricing function behind costed sessions, statements and the rate quote.
 *
 * <p>Energy between consecutive register readings is spread uniformly over the real time between them; each
 * instant is priced by the company's local wall clock (weekday or weekend by local date, slot by local time of
 * day). Time is walked in stretches of constant UTC offset, so a spring-forward gap is simply never reached and
 * a fall-back hour is walked twice. All arithmetic is exact (rationals over nanoseconds); the cost is rounded
 * once, HALF_UP, to the currency's minor unit, and the refund is the rounded cost times the percentage, rounded
 * the same way.
 */
public final class SessionCoster {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int COST_EXACT_SCALE = 6;
    private static final int BREAKDOWN_ENERGY_SCALE = 3;

    private SessionCoster() {
    }

    /**
     * @param readings the session's register readings (any order); the baseline is chosen by {@link SessionEnergy}
     *        so a leading zero before a lifetime register is never billed, and a falling register adds nothing
     * @param refundPercent share of the cost reimbursed, 0 to 100
     */
    public static CostedSession cost(Tariff tariff, ZoneId zone, List<RegisterReading> readings,
            BigDecimal refundPercent) {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(zone, "zone");
        requirePercent(refundPercent);
        SessionEnergy.Result energy = SessionEnergy.compute(readings, null, null);
        return cost(tariff, zone, energy, refundPercent);
    }

    /** Prices readings already measured by {@link SessionEnergy} (with the session's own start and stop). */
    public static CostedSession cost(Tariff tariff, ZoneId zone, SessionEnergy.Result energy,
            BigDecimal refundPercent) {
        requirePercent(refundPercent);
        Walk walk = new Walk(tariff, zone.getRules());
        List<RegisterReading> used = energy.baseline();
        for (int i = 1; i < used.size(); i++) {
            RegisterReading from = used.get(i - 1);
            RegisterReading to = used.get(i);
            BigDecimal rise = to.wh().subtract(from.wh());
            if (rise.signum() > 0) {
                walk.spread(rise, epochNanos(from.at()), epochNanos(to.at()));
            }
        }
        return walk.result(energy, refundPercent);
    }

    private static void requirePercent(BigDecimal refundPercent) {
        Objects.requireNonNull(refundPercent, "refundPercent");
        if (refundPercent.signum() < 0 || refundPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("refund percentage must be between 0 and 100, got "
                    + refundPercent.toPlainString());
        }
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /** Accumulates, per price slot, the exact energy (a rational number of Wh) that fell into it. */
    private static final class Walk {
        private final Tariff tariff;
        private final ZoneRules rules;
        private final int weekdaySlots;
        private final BigInteger[] numerators;
        private final BigInteger[] denominators;

        // The constant-offset stretch the walk is in: [stretchStart, stretchEnd) has offsetNanos.
        private long stretchStart = Long.MAX_VALUE;
        private long stretchEnd = Long.MIN_VALUE;
        private long offsetNanos;

        Walk(Tariff tariff, ZoneRules rules) {
            this.tariff = tariff;
            this.rules = rules;
            this.weekdaySlots = tariff.weekday().slots().size();
            int slots = weekdaySlots + tariff.weekend().slots().size();
            this.numerators = new BigInteger[slots];
            this.denominators = new BigInteger[slots];
        }

        /** Spreads {@code rise} Wh uniformly over {@code [from, to)}; a zero-length interval goes to {@code from}. */
        void spread(BigDecimal rise, long from, long to) {
            BigInteger riseUnscaled = rise.unscaledValue();
            BigInteger denominator = BigInteger.valueOf(Math.max(1, to - from));
            if (rise.scale() > 0) {
                denominator = denominator.multiply(BigInteger.TEN.pow(rise.scale()));
            } else if (rise.scale() < 0) {
                riseUnscaled = riseUnscaled.multiply(BigInteger.TEN.pow(-rise.scale()));
            }
            if (to <= from) {
                add(slotAt(from), riseUnscaled, denominator);
                return;
            }
            long t = from;
            while (t < to) {
                enterStretch(t);
                long local = t + offsetNanos;
                long epochDay = Math.floorDiv(local, NANOS_PER_DAY);
                DayType dayType = DayType.ofEpochDay(epochDay);
                DaySchedule schedule = tariff.schedule(dayType);
                int index = schedule.indexAt(local - epochDay * NANOS_PER_DAY);
                long slotEnd = epochDay * NANOS_PER_DAY + schedule.endNanos(index) - offsetNanos;
                long end = Math.min(to, Math.min(slotEnd, stretchEnd));
                add(key(dayType, index), riseUnscaled.multiply(BigInteger.valueOf(end - t)), denominator);
                t = end;
            }
        }

        private int slotAt(long t) {
            enterStretch(t);
            long local = t + offsetNanos;
            long epochDay = Math.floorDiv(local, NANOS_PER_DAY);
            DayType dayType = DayType.ofEpochDay(epochDay);
            return key(dayType, tariff.schedule(dayType).indexAt(local - epochDay * NANOS_PER_DAY));
        }

        private void enterStretch(long t) {
            if (t >= stretchStart && t < stretchEnd) {
                return;
            }
            Instant instant = Instant.ofEpochSecond(Math.floorDiv(t, NANOS_PER_SECOND), Math.floorMod(t, NANOS_PER_SECOND));
            offsetNanos = rules.getOffset(instant).getTotalSeconds() * NANOS_PER_SECOND;
            ZoneOffsetTransition next = rules.nextTransition(instant);
            // The walk only moves forward, so the stretch may start where it was entered.
            stretchStart = t;
            stretchEnd = next == null ? Long.MAX_VALUE : epochNanos(next.getInstant());
        }

        private int key(DayType dayType, int index) {
            return dayType == DayType.WEEKEND ? weekdaySlots + index : index;
        }

        private void add(int key, BigInteger numerator, BigInteger denominator) {
            BigInteger current = denominators[key];
            if (current == null) {
                numerators[key] = numerator;
                denominators[key] = denominator;
            } else if (current.equals(denominator)) {
                numerators[key] = numerators[key].add(numerator);
            } else {
                numerators[key] = numerators[key].multiply(denominator).add(numerator.multiply(current));
                denominators[key] = current.multiply(denominator);
            }
        }

        CostedSession result(SessionEnergy.Result energy, BigDecimal refundPercent) {
            // Exact cost = sum over slots of energy(Wh) * price / 1000, kept as one rational costNum / costDen.
            BigInteger costNum = BigInteger.ZERO;
            BigInteger costDen = BigInteger.ONE;
            List<SlotCharge> breakdown = new ArrayList<>();
            for (int key = 0; key < numerators.length; key++) {
                if (numerators[key] == null || numerators[key].signum() == 0) {
                    continue;
                }
                DayType dayType = key < weekdaySlots ? DayType.WEEKDAY : DayType.WEEKEND;
                var slot = tariff.schedule(dayType).slots().get(key < weekdaySlots ? key : key - weekdaySlots);
                BigDecimal price = slot.pricePerKwh();
                BigInteger priceUnscaled = price.unscaledValue();
                BigInteger priceDen = BigInteger.valueOf(1000);
                if (price.scale() >= 0) {
                    priceDen = priceDen.multiply(BigInteger.TEN.pow(price.scale()));
                } else {
                    priceUnscaled = priceUnscaled.multiply(BigInteger.TEN.pow(-price.scale()));
                }
                BigInteger amountNum = numerators[key].multiply(priceUnscaled);
                BigInteger amountDen = denominators[key].multiply(priceDen);
                breakdown.add(new SlotCharge(dayType, slot,
                        divide(numerators[key], denominators[key], BREAKDOWN_ENERGY_SCALE),
                        divide(amountNum, amountDen, COST_EXACT_SCALE)));
                if (costDen.equals(amountDen)) {
                    costNum = costNum.add(amountNum);
                } else {
                    costNum = costNum.multiply(amountDen).add(amountNum.multiply(costDen));
                    costDen = costDen.multiply(amountDen);
                }
            }
            var currency = tariff.currency();
            int minorUnits = Math.max(0, currency.getDefaultFractionDigits());
            Money cost = new Money(divide(costNum, costDen, minorUnits), currency);
            Money refund = cost.percent(refundPercent);
            return new CostedSession(energy.energyWh(), divide(costNum, costDen, COST_EXACT_SCALE), cost,
                    refundPercent, refund, breakdown, energy.flags());
        }
    }

    /** numerator / denominator (both non-negative) rounded HALF_UP to {@code scale} decimals, exactly. */
    static BigDecimal divide(BigInteger numerator, BigInteger denominator, int scale) {
        BigInteger[] qr = numerator.multiply(BigInteger.TEN.pow(scale)).divideAndRemainder(denominator);
        BigInteger quotient = qr[0];
        if (qr[1].shiftLeft(1).compareTo(denominator) >= 0) {
            quotient = quotient.add(BigInteger.ONE);
        }
        return new BigDecimal(quotient, scale);
    }
}
