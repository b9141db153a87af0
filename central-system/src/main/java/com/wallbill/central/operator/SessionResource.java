package com.wallbill.central.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Charging sessions as recorded from the chargers' transaction messages, with their raw readings. */
@Path(OperatorPaths.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final String COLUMNS = """
            s.id, s.charge_point_id, s.ocpp_version, s.transaction_ref, s.evse_id, s.connector_id, s.id_tag,
            s.status, s.started_at, s.stopped_at, s.meter_start_wh, s.meter_stop_wh, s.energy_wh, s.stop_reason,
            s.flags, s.offline""";
    private static final String LIST = "SELECT " + COLUMNS + """
             FROM charging_session s
            WHERE ($1::text IS NULL OR s.charge_point_id = $1) AND ($2::text IS NULL OR s.status = $2)
            ORDER BY s.started_at DESC NULLS LAST, s.id DESC LIMIT $3 OFFSET $4""";
    private static final String ONE = "SELECT " + COLUMNS + " FROM charging_session s WHERE s.id = $1";
    private static final String SAMPLES = """
            SELECT sampled_at, received_at, source, context, register_wh, sampled_values::text AS sampled_values
            FROM meter_value WHERE session_id = $1 ORDER BY sampled_at, id""";
    private static final String QUARANTINE = """
            SELECT id, charge_point_id, received_at, action, reason, payload::text AS payload FROM ocpp_quarantine
            WHERE ($1::text IS NULL OR charge_point_id = $1) ORDER BY id DESC LIMIT $2 OFFSET $3""";

    /** A session: times are the charger's, energy in Wh. */
    public record SessionView(long id, String chargePointId, String ocppVersion, String transactionId,
            Integer evseId, Integer connectorId, String idTag, String status, OffsetDateTime startedAt,
            OffsetDateTime stoppedAt, BigDecimal meterStartWh, BigDecimal meterStopWh, BigDecimal energyWh,
            String stopReason, List<String> flags, boolean offline, List<SampleView> samples) {
    }

    /** One stored meter value: the sampled values as the charger sent them and the energy register of record. */
    public record SampleView(OffsetDateTime sampledAt, OffsetDateTime receivedAt, String source, String context,
            BigDecimal registerWh, JsonNode sampledValues) {
    }

    /** Transaction data accepted but not attached to any session. */
    public record QuarantineView(long id, String chargePointId, OffsetDateTime receivedAt, String action,
            String reason, JsonNode payload) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pool pool;

    public SessionResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Path("sessions")
    public CompletionStage<Page<SessionView>> list(@QueryParam("chargePointId") String chargePointId,
            @QueryParam("status") String status, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        int o = Page.offset(offset);
        int l = Page.limit(limit);
        if (status != null && !status.equals("ACTIVE") && !status.equals("COMPLETED")) {
            throw new IllegalArgumentException("status must be ACTIVE or COMPLETED");
        }
        return pool.preparedQuery(LIST).execute(Tuple.from(Arrays.asList(chargePointId, status, l + 1, o)))
                .map(rows -> {
                    List<SessionView> views = new ArrayList<>();
                    rows.forEach(r -> views.add(view(r, null)));
                    return Page.of(views, o, l);
                }).toCompletionStage();
    }

    @GET
    @Path("sessions/{id}")
    public CompletionStage<SessionView> get(@PathParam("id") long id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(id)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Problem.Failure(404, "Not Found", "No session " + id));
            }
            Row session = rows.iterator().next();
            return pool.preparedQuery(SAMPLES).execute(Tuple.of(id)).map(sampleRows -> {
                List<SampleView> samples = new ArrayList<>();
                for (Row r : sampleRows) {
                    samples.add(new SampleView(r.getOffsetDateTime("sampled_at"), r.getOffsetDateTime("received_at"),
                            r.getString("source"), r.getString("context"), r.getBigDecimal("register_wh"),
                            json(r.getString("sampled_values"))));
                }
                return view(session, samples);
            });
        }).toCompletionStage();
    }

    @GET
    @Path("quarantine")
    public CompletionStage<Page<QuarantineView>> quarantine(@QueryParam("chargePointId") String chargePointId,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        int o = Page.offset(offset);
        int l = Page.limit(limit);
        return pool.preparedQuery(QUARANTINE).execute(Tuple.from(Arrays.asList(chargePointId, l + 1, o)))
                .map(rows -> {
                    List<QuarantineView> views = new ArrayList<>();
                    rows.forEach(r -> views.add(new QuarantineView(r.getLong("id"), r.getString("charge_point_id"),
                            r.getOffsetDateTime("received_at"), r.getString("action"), r.getString("reason"),
                            json(r.getString("payload")))));
                    return Page.of(views, o, l);
                }).toCompletionStage();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SessionView view(Row r, List<SampleView> samples) {
        return new SessionView(r.getLong("id"), r.getString("charge_point_id"), r.getString("ocpp_version"),
                r.getString("transaction_ref"), r.getInteger("evse_id"), r.getInteger("connector_id"),
                r.getString("id_tag"), r.getString("status"), r.getOffsetDateTime("started_at"),
                r.getOffsetDateTime("stopped_at"), r.getBigDecimal("meter_start_wh"),
                r.getBigDecimal("meter_stop_wh"), r.getBigDecimal("energy_wh"), r.getString("stop_reason"),
                Arrays.asList(r.getArrayOfStrings("flags")), r.getBoolean("offline"), samples);
    }
}
