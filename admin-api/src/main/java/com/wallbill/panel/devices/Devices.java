package com.wallbill.panel.devices;

import com.wallbill.billing.app.Accounts;
import com.wallbill.panel.audit.AuditTrail;
import com.wallbill.panel.auth.CurrentCaller;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.Page;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The company's linked chargers: who linked them, whether they are online, their last session, and the settings
 * they are billed with now (the device's overrides over the company's terms). Only current links are devices;
 * an unlinked charger is gone from the company's view, together with its employee's bank details.
 */
@ApplicationScoped
public class Devices {

    /**
     * A charger's last session is searched only from the time it was linked: sessions before belong to whoever it
     * was linked to then, possibly another company.
     */
    private static final String SELECT = """
            SELECT l.id, l.charge_point_id, l.employee_id, e.name AS employee_name, l.linked_at, cp.last_seen_at,
                   COALESCE(dt.logging_active, false) AS logging_active, dt.payment_type AS override_payment_type,
                   dt.refund_percent AS override_refund_percent, dt.rate_id AS override_rate_id,
                   ct.payment_type AS company_payment_type, ct.refund_percent AS company_refund_percent,
                   r.id AS rate_id, r.name AS rate_name,
                   s.id AS session_id, s.status AS session_status, s.started_at, s.stopped_at,
                   COALESCE(cs.energy_wh, s.energy_wh) AS session_energy_wh, cs.cost, cs.refund, cs.currency,
                   cs.billable
            FROM device_link l
            JOIN employee e ON e.id = l.employee_id
            LEFT JOIN charge_point cp ON cp.id = l.charge_point_id
            LEFT JOIN LATERAL (SELECT * FROM device_terms WHERE link_id = l.id ORDER BY valid_from DESC LIMIT 1) dt
                ON true
            JOIN LATERAL (SELECT * FROM company_terms WHERE company_id = l.company_id
                          ORDER BY valid_from DESC LIMIT 1) ct ON true
            JOIN rate r ON r.id = COALESCE(dt.rate_id, ct.default_rate_id)
            LEFT JOIN LATERAL (SELECT id, status, started_at, stopped_at, energy_wh FROM charging_session
                               WHERE charge_point_id = l.charge_point_id AND started_at >= l.linked_at
                               ORDER BY started_at DESC LIMIT 1) s ON true
            LEFT JOIN costed_session cs ON cs.session_id = s.id AND cs.company_id = l.company_id
            WHERE l.company_id = $1 AND l.unlinked_at IS NULL""";

    public record EmployeeRef(long id, String name) {
    }

    /** Cost and refund appear once the session is completed and costed. */
    public record LastSession(long sessionId, String status, OffsetDateTime startedAt, OffsetDateTime stoppedAt,
            BigDecimal energyWh, Boolean billable, BigDecimal cost, BigDecimal refund, String currency) {
    }

    /** What the device is billed with now: its overrides where it has them, the company's terms elsewhere. */
    public record EffectiveSettings(boolean loggingActive, PaymentType paymentType, BigDecimal refundPercent,
            long rateId, String rateName) {
    }

    /**
     * {@code overridden} lists the settings the device sets itself (paymentType, refundPercent, rateId); the others
     * follow the company. {@code settings.loggingActive} false: the device waits for activation and is not billed.
     */
    public record DeviceView(long linkId, String chargePointId, EmployeeRef employee, OffsetDateTime linkedAt,
            boolean online, Instant lastSeenAt, LastSession lastSession, EffectiveSettings settings,
            List<String> overridden) {
    }

    /** Overrides; null uses the company's value. A null {@code loggingActive} keeps the current one. */
    public record Overrides(Boolean loggingActive, PaymentType paymentType, BigDecimal refundPercent, Long rateId) {
    }

    public record Filter(Long employeeId, String chargePointId) {
    }

    private final Pool pool;
    private final Accounts accounts;
    private final CurrentCaller current;
    private final ChargerPresence presence;
    private final Clock clock = Clock.systemUTC();

    Devices(@BillingDatabase.Billing Pool pool, Accounts accounts, ChargerPresence presence, CurrentCaller current) {
        this.pool = pool;
        this.accounts = accounts;
        this.current = current;
        this.presence = presence;
    }

    public Future<Page<DeviceView>> list(long companyId, Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (filter.employeeId() != null) {
            args.add(filter.employeeId());
            sql.append(" AND l.employee_id = $").append(args.size());
        }
        if (filter.chargePointId() != null) {
            args.add(filter.chargePointId());
            sql.append(" AND l.charge_point_id = $").append(args.size());
        }
        args.add(limit + 1);
        args.add(offset);
        sql.append(" ORDER BY l.id LIMIT $").append(args.size() - 1).append(" OFFSET $").append(args.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(args)).map(rows -> {
            List<DeviceView> devices = new ArrayList<>();
            rows.forEach(r -> devices.add(view(r)));
            return Page.of(devices, offset, limit);
        });
    }

    /** One current device of the company; 404 for an unlinked one or another company's. */
    public Future<DeviceView> get(long companyId, long linkId) {
        return pool.preparedQuery(SELECT + " AND l.id = $2").execute(Tuple.of(companyId, linkId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No device " + linkId);
            }
            return view(rows.iterator().next());
        });
    }

    /** New overrides from now: sessions already started keep the terms they started with. */
    public Future<DeviceView> setOverrides(long companyId, long linkId, Overrides overrides) {
        return get(companyId, linkId).compose(device -> accounts.setDeviceTerms(linkId, new Accounts.DeviceTerms(
                overrides.loggingActive() != null ? overrides.loggingActive() : device.settings().loggingActive(),
                overrides.paymentType(), overrides.refundPercent(), overrides.rateId()), clock.instant(),
                AuditTrail.actor(current.get()))
                .recover(failure -> Future.failedFuture(failure instanceof Refusal refusal && refusal.status() == 404
                        && overrides.rateId() != null ? new Refusal(404, "Not Found", "rateId: no rate " + overrides.rateId()) : failure)))
                .compose(x -> get(companyId, linkId));
    }

    public Future<Void> unlink(long companyId, long linkId) {
        return get(companyId, linkId).compose(device -> accounts.unlink(linkId, clock.instant(), AuditTrail.actor(current.get())));
    }

    private DeviceView view(Row r) {
        OffsetDateTime seen = r.getOffsetDateTime("last_seen_at");
        ChargerPresence.Presence live = presence.of(r.getString("charge_point_id"),
                seen == null ? null : seen.toInstant());
        LastSession last = r.getLong("session_id") == null ? null : new LastSession(r.getLong("session_id"),
                r.getString("session_status"), r.getOffsetDateTime("started_at"), r.getOffsetDateTime("stopped_at"),
                r.getBigDecimal("session_energy_wh"), r.getBoolean("billable"), r.getBigDecimal("cost"),
                r.getBigDecimal("refund"), r.getString("currency") == null ? null : r.getString("currency").strip());
        String overridePayment = r.getString("override_payment_type");
        BigDecimal overridePercent = r.getBigDecimal("override_refund_percent");
        List<String> overridden = new ArrayList<>();
        if (overridePayment != null) {
            overridden.add("paymentType");
        }
        if (overridePercent != null) {
            overridden.add("refundPercent");
        }
        if (r.getLong("override_rate_id") != null) {
            overridden.add("rateId");
        }
        EffectiveSettings settings = new EffectiveSettings(r.getBoolean("logging_active"),
                PaymentType.valueOf(overridePayment != null ? overridePayment : r.getString("company_payment_type")),
                overridePercent != null ? overridePercent : r.getBigDecimal("company_refund_percent"),
                r.getLong("rate_id"), r.getString("rate_name"));
        return new DeviceView(r.getLong("id"), r.getString("charge_point_id"),
                new EmployeeRef(r.getLong("employee_id"), r.getString("employee_name")), r.getOffsetDateTime("linked_at"),
                live.online(), live.lastSeenAt(), last, settings, List.copyOf(overridden));
    }
}
