package com.wallbill.panel.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the panel shows of statements. Energy in kWh (exact), money in the statement's currency. */
public final class BillingViews {

    private BillingViews() {
    }

    /** A month in the list: a closed month's stored totals, an open month's summed from its sessions now. */
    public record MonthRow(String month, String status, String currency, OffsetDateTime closedAt, long sessions,
            BigDecimal energyKwh, BigDecimal cost, BigDecimal refund) {
    }

    /** A month's totals and how its lines stand; {@code invoiceNumber} once it is invoiced. */
    public record MonthSummary(String month, String status, String currency, OffsetDateTime closedAt, long lines,
            long sessions, BigDecimal energyKwh, BigDecimal cost, BigDecimal refund, List<StatusCount> byStatus,
            String invoiceNumber) {
    }

    /** Lines in one status and what they add up to (every status is listed, zero or not). */
    public record StatusCount(String status, long lines, long sessions, BigDecimal energyKwh, BigDecimal refund) {
    }

    /**
     * One line of a month: the sessions of an employee's device for one payment type, or (kind ADJUSTMENT)
     * corrections of earlier months. {@code id} is null while the month is open: its lines are computed, not yet
     * written, and nothing can be done to them.
     */
    public record LineRow(Long id, long employeeId, String employeeName, long deviceLinkId, String chargePointId,
            String paymentType, String kind, long sessions, BigDecimal energyKwh, BigDecimal cost, BigDecimal refund,
            String status, String statusReason, OffsetDateTime completedAt, String completedBy) {
    }

    static BigDecimal kwh(BigDecimal wh) {
        return wh == null ? null : wh.movePointLeft(3);
    }
}
