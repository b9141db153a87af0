package com.wallbill.billing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, always at the currency's minor-unit scale (cents for EUR). Arithmetic across
 * currencies is refused rather than converted: a company bills in one currency.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = minorUnits(currency);
        if (amount.scale() != scale) {
            // Widening is exact; narrowing must already be exact (rounding is the caller's decision).
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds an exact amount to the currency's minor unit, HALF_UP: the one rounding rule of billing. */
    public static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(minorUnits(currency), RoundingMode.HALF_UP), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount times a percentage (0..100), rounded HALF_UP to the minor unit. */
    public Money percent(BigDecimal percent) {
        return rounded(amount.multiply(percent).movePointLeft(2), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    static int minorUnits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
