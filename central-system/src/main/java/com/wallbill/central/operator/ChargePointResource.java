package com.wallbill.central.operator;

import com.wallbill.central.ocpp.ChargePointConnection;
import com.wallbill.central.ocpp.ChargePointDirectory;
import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import com.wallbill.central.ocpp.ConnectionRegistry;
import com.wallbill.central.ocpp.PasswordHasher;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Charge points as the operator sees them: identity, OCPP version, liveness, connector status. */
@Path(OperatorPaths.ROOT + "/charge-points")
@Produces(MediaType.APPLICATION_JSON)
public class ChargePointResource {

    private static final String LIST = """
            SELECT id, vendor, model, serial_number, firmware_version, ocpp_version, boot_policy, auto_registered,
                registered_at, last_seen_at, last_boot_at, boot_accepted_at, password_hash IS NOT NULL AS has_password
            FROM charge_point %s ORDER BY id LIMIT $%d OFFSET $%d""";
    private static final String CONNECTORS = """
            SELECT charge_point_id, evse_id, connector_id, status, error_code, info, vendor_error_code, status_at,
                received_at
            FROM connector_status WHERE charge_point_id = ANY ($1) ORDER BY charge_point_id, evse_id, connector_id""";
    private static final String UPSERT = """
            INSERT INTO charge_point (id, password_hash, boot_policy) VALUES ($1, $2, COALESCE($3, 'Accepted'))
            ON CONFLICT (id) DO UPDATE SET
                password_hash = CASE WHEN $4 THEN EXCLUDED.password_hash ELSE charge_point.password_hash END,
                boot_policy = COALESCE($3, charge_point.boot_policy)""";

    /** A connector's last reported status. */
    public record ConnectorView(int evseId, int connectorId, String status, String errorCode, String info,
            String vendorErrorCode, OffsetDateTime statusAt, OffsetDateTime receivedAt) {
    }

    /**
     * A charge point with its live state; {@code authenticated} tells whether the live connection proved its
     * identity with the charger's password (security profile 1/2).
     */
    public record ChargePointView(String id, String vendor, String model, String serialNumber,
            String firmwareVersion, String ocppVersion, boolean online, String bootState, Instant connectedSince,
            Boolean authenticated, Instant lastSeen,
            OffsetDateTime lastBootAt, OffsetDateTime registeredAt, boolean autoRegistered, String bootPolicy,
            boolean hasPassword, List<ConnectorView> connectors) {
    }

    /**
     * Registration settings. {@code password} sets the Basic-auth password (security profile 1/2); an empty
     * string removes it. {@code bootPolicy}: Accepted, Pending or Rejected.
     */
    public record Registration(String password, String bootPolicy) {
    }

    private final Pool pool;
    private final ConnectionRegistry registry;
    private final ChargePointDirectory directory;

    public ChargePointResource(Pool pool, ConnectionRegistry registry, ChargePointDirectory directory) {
        this.pool = pool;
        this.registry = registry;
        this.directory = directory;
    }

    @GET
    public CompletionStage<Page<ChargePointView>> list(@QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        int o = Page.offset(offset);
        int l = Page.limit(limit);
        return query("", Tuple.of(l + 1, o)).map(views -> Page.of(views, o, l)).toCompletionStage();
    }

    @GET
    @Path("{id}")
    public CompletionStage<ChargePointView> get(@PathParam("id") String id) {
        return query("WHERE id = $1", Tuple.of(id, 1, 0)).map(views -> {
            if (views.isEmpty()) {
                throw new Problem.Failure(404, "Not Found", "No charge point " + id);
            }
            return views.get(0);
        }).toCompletionStage();
    }

    @PUT
    @Path("{id}")
    public CompletionStage<ChargePointView> register(@PathParam("id") String id, Registration registration) {
        if (id.length() > 48 || id.contains(":")) {
            throw new Problem.Failure(400, "Bad Request", "id: at most 48 characters, no ':'");
        }
        String policy = registration == null || registration.bootPolicy() == null ? null
                : BootPolicy.fromWire(registration.bootPolicy()).wire();
        String password = registration == null ? null : registration.password();
        if (password != null && !password.isEmpty() && (password.length() < 16 || password.length() > 40)) {
            throw new Problem.Failure(400, "Bad Request", "password: 16 to 40 characters (OCPP security profile 1)");
        }
        String hash = password == null || password.isEmpty() ? null : PasswordHasher.hash(password);
        Tuple args = Tuple.from(Arrays.asList(id, hash, policy, password != null));
        return pool.preparedQuery(UPSERT).execute(args)
                .onSuccess(done -> directory.forget(id))
                .compose(done -> Future.fromCompletionStage(get(id))).toCompletionStage();
    }

    private Future<List<ChargePointView>> query(String where, Tuple args) {
        int limitParam = args.size() - 1;
        String sql = LIST.formatted(where, limitParam, limitParam + 1);
        return pool.preparedQuery(sql).execute(args).compose(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            String[] ids = list.stream().map(r -> r.getString("id")).toArray(String[]::new);
            return pool.preparedQuery(CONNECTORS).execute(Tuple.of(ids)).map(connectorRows -> {
                Map<String, List<ConnectorView>> connectors = new HashMap<>();
                for (Row c : connectorRows) {
                    connectors.computeIfAbsent(c.getString("charge_point_id"), k -> new ArrayList<>())
                            .add(new ConnectorView(c.getInteger("evse_id"), c.getInteger("connector_id"),
                                    c.getString("status"), c.getString("error_code"), c.getString("info"),
                                    c.getString("vendor_error_code"), c.getOffsetDateTime("status_at"),
                                    c.getOffsetDateTime("received_at")));
                }
                return list.stream().map(r -> view(r, connectors.getOrDefault(r.getString("id"), List.of())))
                        .toList();
            });
        });
    }

    private ChargePointView view(Row r, List<ConnectorView> connectors) {
        String id = r.getString("id");
        ChargePointConnection live = registry.find(id).orElse(null);
        OffsetDateTime stored = r.getOffsetDateTime("last_seen_at");
        Instant lastSeen = live != null ? live.lastSeen() : stored == null ? null : stored.toInstant();
        return new ChargePointView(id, r.getString("vendor"), r.getString("model"), r.getString("serial_number"),
                r.getString("firmware_version"), live != null ? live.version().subprotocol() : r.getString("ocpp_version"),
                live != null, live != null ? live.bootState().name() : "OFFLINE",
                live != null ? live.connectedAt() : null, live != null ? live.authenticated() : null, lastSeen,
                r.getOffsetDateTime("last_boot_at"), r.getOffsetDateTime("registered_at"),
                r.getBoolean("auto_registered"), r.getString("boot_policy"), r.getBoolean("has_password"),
                connectors);
    }
}
