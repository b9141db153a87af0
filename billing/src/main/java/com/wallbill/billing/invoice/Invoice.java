package com.wallbill.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's monthly invoice for the refunds paid to its employees. Totals are not stored: they are the sums
 * of the already-rounded lines, so the printed total always equals what a reader adds up from the lines.
 *
 * @param number "YYYY-NNNNNN": the issue year, then the company's sequence within that year
 * @param period the month whose charging is billed
 * @param lines at least one; cost and refund at most the currency's fraction digits, stored at exactly that scale
 * @param note nullable free text printed under the parties
 */
public record Invoice(String number, LocalDate issueDate, YearMonth period, Currency currency, InvoiceParty issuer,
        InvoiceParty customer, List<InvoiceLine> lines, String note) {

    private static final Pattern NUMBER = Pattern.compile("(\\d{4})-(\\d{6})");

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(lines, "lines");
        number = number.strip();
        Matcher parts = NUMBER.matcher(number);
        if (!parts.matches()) {
            throw new IllegalArgumentException("number must look like 2026-000012: " + number);
        }
        // The sequence restarts every year of issue, so a number carrying another year would collide with it.
        if (Integer.parseInt(parts.group(1)) != issueDate.getYear()) {
            throw new IllegalArgumentException("number " + number + " is not in the issue year " + issueDate.getYear());
        }
        if (issueDate.isBefore(period.atDay(1))) {
            throw new IllegalArgumentException("issueDate " + issueDate + " is before the invoiced period " + period);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency has no minor unit: " + currency);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one line");
        }
        lines = atMoneyScale(lines, currency);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Sum of the lines' energy, in kWh at 3 decimals. */
    public BigDecimal totalEnergyKwh() {
        return sum(InvoiceLine::energyKwh).setScale(InvoiceLine.ENERGY_SCALE, RoundingMode.UNNECESSARY);
    }

    /** Sum of the lines' cost, at the currency's minor-unit scale. */
    public BigDecimal totalCost() {
        return sum(InvoiceLine::cost).setScale(moneyScale(), RoundingMode.UNNECESSARY);
    }

    /** Sum of the lines' refund, at the currency's minor-unit scale. */
    public BigDecimal totalRefund() {
        return sum(InvoiceLine::refund).setScale(moneyScale(), RoundingMode.UNNECESSARY);
    }

    /** Sum of the lines' charging sessions. */
    public long totalSessions() {
        return lines.stream().mapToLong(InvoiceLine::sessions).sum();
    }

    int moneyScale() {
        return currency.getDefaultFractionDigits();
    }

    private BigDecimal sum(Function<InvoiceLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<InvoiceLine> atMoneyScale(List<InvoiceLine> lines, Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        List<InvoiceLine> scaled = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (line == null) {
                throw new NullPointerException("lines[" + i + "]");
            }
            requireMinorUnits(line.cost(), "cost", i, line, currency);
            requireMinorUnits(line.refund(), "refund", i, line, currency);
            scaled.add(line.atMoneyScale(scale));
        }
        return List.copyOf(scaled);
    }

    /** Lines arrive rounded; more digits than the currency has means a rounding step was skipped upstream. */
    private static void requireMinorUnits(BigDecimal amount, String field, int index, InvoiceLine line,
            Currency currency) {
        if (amount.scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("lines[" + index + "] (employee " + line.employeeId() + "): " + field
                    + " " + amount.toPlainString() + " has more than " + currency.getDefaultFractionDigits()
                    + " fraction digits for " + currency.getCurrencyCode());
        }
    }
}
