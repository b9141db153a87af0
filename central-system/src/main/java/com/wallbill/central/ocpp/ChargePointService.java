package com.wallbill.central.ocpp;

import com.wallbill.central.config.WallbillConfig;
import com.wallbill.central.db.GroupCommitter;
import com.wallbill.central.db.StatementBatch;
import com.wallbill.central.db.Utc;
import com.wallbill.central.ocpp.ChargePointConnection.BootState;
import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Version-neutral handling of what chargers say about themselves: boot, status, liveness. */
@ApplicationScoped
public class ChargePointService {

    /** All BootNotifications of a group in one statement (a reconnect storm is mostly boots). */
    private static final StatementBatch BOOT = new StatementBatch("boot", 0, """
            UPDATE charge_point c SET vendor = r.vendor, model = r.model, serial_number = r.serial_number,
                firmware_version = r.firmware_version, ocpp_version = r.ocpp_version, last_boot_at = r.at,
                last_seen_at = r.at,
                boot_accepted_at = CASE WHEN c.boot_policy = 'Accepted' THEN r.at ELSE c.boot_accepted_at END
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
                AS r(key, vendor, model, serial_number, firmware_version, ocpp_version, at)
            WHERE c.id = r.key
            RETURNING r.key AS key, c.boot_policy""", List.of(String.class, String.class, String.class,
            String.class, String.class, String.class, OffsetDateTime.class));
    /** All StatusNotifications of a group in one statement. */
    private static final StatementBatch STATUS = new StatementBatch("connector status", 0, """
            INSERT INTO connector_status (charge_point_id, evse_id, connector_id, status, error_code, info,
                vendor_error_code, status_at, received_at)
            SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
                $8::timestamptz[], $9::timestamptz[])
            ON CONFLICT (charge_point_id, evse_id, connector_id) DO UPDATE SET
                status = EXCLUDED.status, error_code = EXCLUDED.error_code, info = EXCLUDED.info,
                vendor_error_code = EXCLUDED.vendor_error_code, status_at = EXCLUDED.status_at,
                received_at = EXCLUDED.received_at
            WHERE connector_status.status_at IS NULL OR EXCLUDED.status_at IS NULL
               OR EXCLUDED.status_at >= connector_status.status_at
            RETURNING charge_point_id AS key""", List.of(String.class, Integer.class, Integer.class, String.class,
            String.class, String.class, String.class, OffsetDateTime.class, OffsetDateTime.class));

    private final GroupCommitter committer;
    private final WallbillConfig config;

    public ChargePointService(GroupCommitter committer, WallbillConfig config) {
        this.committer = committer;
        this.config = config;
    }

    /** What a charger says of itself in its BootNotification. */
    public record BootInfo(String vendor, String model, String serialNumber, String firmwareVersion) {
    }

    /** The answer to a BootNotification: status wire value and the interval to tell the charger. */
    public record BootDecision(BootPolicy status, int intervalSeconds, Instant currentTime) {
    }

    /**
     * Records the boot and decides the answer from the charger's boot policy. The connection may receive
     * commands only once the Accepted answer is on the wire, so its state changes after the reply.
     */
    public Future<BootDecision> boot(CallContext context, BootInfo info) {
        Instant now = Instant.now();
        Object[] row = {context.chargePointId(), info.vendor(), info.model(), info.serialNumber(),
            info.firmwareVersion(), context.connection().version().subprotocol(),
            Utc.of(now)};
        return committer.submit(context.takeJournal(),
                c -> c.batch(BOOT, context.chargePointId(), List.<Object[]>of(row))).map(rows -> {
            // no row: the charger was deleted while connected
            BootPolicy policy = rows.isEmpty() ? BootPolicy.REJECTED
                    : BootPolicy.fromWire(rows.get(0).getString("boot_policy"));
            BootState state = switch (policy) {
                case ACCEPTED -> BootState.ACCEPTED;
                case PENDING -> BootState.PENDING;
                case REJECTED -> BootState.REJECTED;
            };
            context.afterReply(() -> context.connection().bootState(state));
            int interval = (int) (policy == BootPolicy.ACCEPTED ? config.ocpp().heartbeatInterval()
                    : config.ocpp().bootRetryInterval()).toSeconds();
            return new BootDecision(policy, interval, now);
        });
    }

    /** A connector's (1.6) or EVSE connector's (2.0.1) status; an older report never overwrites a newer one. */
    public record ConnectorStatus(int evseId, int connectorId, String status, String errorCode, String info,
            String vendorErrorCode, Instant statusAt) {
    }

    public Future<Void> status(CallContext context, ConnectorStatus status) {
        Object[] row = {context.chargePointId(), status.evseId(), status.connectorId(), status.status(),
            status.errorCode(), status.info(), status.vendorErrorCode(),
            Utc.of(status.statusAt()),
            Utc.of(context.receivedAt())};
        return committer.submit(context.takeJournal(),
                tx -> tx.batch(STATUS, context.chargePointId(), List.<Object[]>of(row)).mapEmpty());
    }
}
