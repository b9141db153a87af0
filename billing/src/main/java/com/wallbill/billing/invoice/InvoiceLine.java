package com.wallbill.billing.invoice;

import static com.wallbill.billing.invoice.InvoiceParty.requireText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * What one employee charged at one charge point during the invoiced month, and what was refunded for it.
 * Amounts are already rounded (one rounding point per line); the {@link Invoice} checks them against its
 * currency, which a line does not know.
 *
 * <p>Energy and amounts are negative on an adjustment line that takes back what a closed month paid.
 *
 * @param energyKwh at most 3 decimals, stored at exactly 3
 * @param paymentType {@value #AUTOMATIC} or {@value #MANUAL}
 */
public record InvoiceLine(String employeeName, String employeeId, String chargePointId, BigDecimal energyKwh,
        int sessions, BigDecimal cost, BigDecimal refund, String paymentType) {

    public static final String AUTOMATIC = "AUTOMATIC";
    public static final String MANUAL = "MANUAL";
    static final int ENERGY_SCALE = 3;
    private static final Set<String> PAYMENT_TYPES = Set.of(AUTOMATIC, MANUAL);

    public InvoiceLine {
        employeeName = requireText(employeeName, "employeeName");
        employeeId = requireText(employeeId, "employeeId");
        chargePointId = requireText(chargePointId, "chargePointId");
        Objects.requireNonNull(energyKwh, "energyKwh");
        if (energyKwh.scale() > ENERGY_SCALE) {
            throw new IllegalArgumentException("energyKwh has more than 3 decimals: " + energyKwh);
        }
        energyKwh = energyKwh.setScale(ENERGY_SCALE, RoundingMode.UNNECESSARY);
        if (sessions < 0) {
            throw new IllegalArgumentException("sessions must not be negative: " + sessions);
        }
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(refund, "refund");
        Objects.requireNonNull(paymentType, "paymentType");
        if (!PAYMENT_TYPES.contains(paymentType)) {
            throw new IllegalArgumentException("paymentType must be AUTOMATIC or MANUAL: " + paymentType);
        }
    }

    /** This line with cost and refund widened to {@code scale}; narrowing must be exact, never a rounding. */
    InvoiceLine atMoneyScale(int scale) {
        return new InvoiceLine(employeeName, employeeId, chargePointId, energyKwh, sessions,
                cost.setScale(scale, RoundingMode.UNNECESSARY), refund.setScale(scale, RoundingMode.UNNECESSARY),
                paymentType);
    }
}
