package com.wallbill.central.ocpp;

import com.wallbill.central.config.WallbillConfig;
import com.wallbill.central.db.GroupCommitter;
import com.wallbill.central.db.StatementBatch;
import com.wallbill.central.ocpp.ChargePointConnection.BootState;
import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Version-neutral handling of what chargers say about themselves: boot, status, liveness. */
@ApplicationScoped
public class ChargePointService {

    private static final String BOOT = """
            UPDATE charge_point SET vendor = $2, model = $3, serial_number = $4, firmware_version = $5,
                ocpp_version = $6, last_boot_at = $7, last_seen_at = $7,
                boot_accepted_at = CASE WHEN boot_policy = 'Accepted' THEN $7 ELSE boot_accepted_at END
            WHERE id = $1
            RETURNING boot_policy""";
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
        Tuple args = Tuple.from(Arrays.asList(context.chargePointId(), info.vendor(), info.model(),
                info.serialNumber(), info.firmwareVersion(), context.connection().version().subprotocol(),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        return committer.submit(context.takeJournal(), c -> c.preparedQuery(BOOT).execute(args)).map(rows -> {
            BootPolicy policy = rows.size() == 0 ? BootPolicy.REJECTED
                    : BootPolicy.fromWire(rows.iterator().next().getString("boot_policy"));
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
            status.statusAt() == null ? null : OffsetDateTime.ofInstant(status.statusAt(), ZoneOffset.UTC),
            OffsetDateTime.ofInstant(context.receivedAt(), ZoneOffset.UTC)};
        return committer.submit(context.takeJournal(),
                tx -> tx.batch(STATUS, context.chargePointId(), List.<Object[]>of(row)).mapEmpty());
    }
}
