package com.wallbill.panel.sessions;

import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** What the panel shows of a session. Energy in kWh (exact: the stored Wh / 1000), money in the company's currency. */
public final class SessionViews {

    private SessionViews() {
    }

    /**
     * A session in the list. {@code refundStatus}: IN_PROGRESS (its month is open), PENDING, COMPLETED or FAILED
     * (its statement line's status once the month closed), EXCLUDED (an admin excluded it), ADJUSTED (accepted
     * after its month closed: paid by an adjustment line). {@code month} is the statement it is billed in, later
     * than its stop when {@code late}. {@code flags} are data-quality findings; {@code review} NONE, NEEDS_REVIEW,
     * ACCEPTED or EXCLUDED.
     */
    public record SessionRow(long id, String chargePointId, Long employeeId, String employeeName,
            OffsetDateTime startedAt, OffsetDateTime stoppedAt, Long durationSeconds, BigDecimal energyKwh,
            BigDecimal cost, BigDecimal refund, String currency, String refundStatus, String month, boolean late,
            List<String> flags, String review) {
    }

    /**
     * A session with how it was costed: the rate version, the terms in force at its start and the price slots;
     * {@code evseId} (OCPP 2.0.1) and {@code connectorId} are where the charger says it charged.
     */
    public record SessionDetail(SessionRow session, Integer evseId, Integer connectorId, Costing costing,
            Long statementLineId, String reviewedBy, OffsetDateTime reviewedAt) {
    }

    /**
     * The session's energy register over time, in the charger's order, for its curve. {@code total} readings
     * carry a register; when there are more than the panel draws, {@code readings} keeps an even selection with
     * the first and the last.
     */
    public record SessionReadings(long sessionId, long total, List<Reading> readings) {
    }

    /** One meter value: the charger's timestamp, its energy register of record and the reading context. */
    public record Reading(OffsetDateTime sampledAt, BigDecimal registerKwh, String context) {
    }

    public record Costing(Long rateId, String rateName, Long rateVersionId, String rateType, String paymentType,
            BigDecimal refundPercent, BigDecimal costExact, List<SlotCharge> breakdown) {
    }

    /** The energy a price slot got and what it cost, before the one rounding to the currency's minor unit. */
    public record SlotCharge(String dayType, String from, String to, BigDecimal pricePerKwh, BigDecimal energyKwh,
            BigDecimal amount) {
    }

    static SessionRow row(Row r) {
        OffsetDateTime started = r.getOffsetDateTime("started_at");
        OffsetDateTime stopped = r.getOffsetDateTime("stopped_at");
        var month = r.getLocalDate("month");
        return new SessionRow(r.getLong("session_id"), r.getString("charge_point_id"), r.getLong("employee_id"),
                r.getString("employee_name"), started, stopped,
                started == null ? null : Duration.between(started, stopped).toSeconds(),
                kwh(r.getBigDecimal("energy_wh")),
                r.getBigDecimal("cost"), r.getBigDecimal("refund"), strip(r.getString("currency")),
                r.getString("refund_status"), month == null ? null : month.toString().substring(0, 7),
                r.getBoolean("late"), Arrays.asList(r.getArrayOfStrings("flags")), r.getString("review"));
    }

    static BigDecimal kwh(BigDecimal wh) {
        return wh == null ? null : wh.movePointLeft(3);
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
