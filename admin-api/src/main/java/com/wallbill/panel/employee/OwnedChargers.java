package com.wallbill.panel.employee;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Pbkdf2;
import com.wallbill.billing.app.Refusal;
import com.wallbill.panel.PanelConfig;
import com.wallbill.panel.audit.AuditTrail;
import com.wallbill.panel.auth.Caller;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chargers an employee registered, and their links to companies. A charger has one owner
 * ({@code charge_point_owner}); only the owner sets its OCPP password and links or unlinks it.
 */
@ApplicationScoped
public class OwnedChargers {

    /** As the OCPP endpoint hashes charger passwords (PasswordHasher): cheap enough for every reconnect. */
    private static final int CHARGER_ITERATIONS = 10_000;
    private static final int MAX_ID = 48;

    private static final String ENSURE = "INSERT INTO charge_point (id) VALUES ($1) ON CONFLICT (id) DO NOTHING";
    private static final String CLAIM_STATE = """
            SELECT o.employee_id AS owner,
                   (SELECT employee_id FROM device_link WHERE charge_point_id = cp.id AND unlinked_at IS NULL)
                       AS linked_employee
            FROM charge_point cp LEFT JOIN charge_point_owner o ON o.charge_point_id = cp.id
            WHERE cp.id = $1 FOR UPDATE OF cp""";
    private static final String OWN = "INSERT INTO charge_point_owner (charge_point_id, employee_id) VALUES ($1, $2)";
    private static final String SET_PASSWORD = "UPDATE charge_point SET password_hash = $2 WHERE id = $1";
    private static final String OWNED_FOR_UPDATE = """
            SELECT 1 FROM charge_point_owner WHERE charge_point_id = $1 AND employee_id = $2 FOR UPDATE""";
    private static final String CURRENT_LINKS = """
            SELECT id FROM device_link WHERE charge_point_id = $1 AND employee_id = $2 AND unlinked_at IS NULL""";
    private static final String DISOWN = "DELETE FROM charge_point_owner WHERE charge_point_id = $1";
    private static final String MY_LINK_FOR_UPDATE = """
            SELECT 1 FROM device_link WHERE id = $1 AND employee_id = $2 AND unlinked_at IS NULL FOR UPDATE""";
    private static final String CHARGERS = """
            SELECT o.charge_point_id, o.registered_at, cp.last_seen_at, cp.ocpp_version, cp.vendor, cp.model,
                   l.id AS link_id, l.company_id, co.name AS company_name, l.linked_at, t.logging_active
            FROM charge_point_owner o
            JOIN charge_point cp ON cp.id = o.charge_point_id
            LEFT JOIN device_link l ON l.charge_point_id = o.charge_point_id AND l.employee_id = o.employee_id
                AND l.unlinked_at IS NULL
            LEFT JOIN company co ON co.id = l.company_id
            LEFT JOIN LATERAL (SELECT logging_active FROM device_terms WHERE link_id = l.id
                ORDER BY valid_from DESC LIMIT 1) t ON true
            WHERE o.employee_id = $1 %s
            ORDER BY o.registered_at DESC, o.charge_point_id LIMIT $2 OFFSET $3""";

    /** A charger of the employee's, with its current link (null while unlinked). */
    /** {@code ocppUrl}: the address to enter in the charger, when the operator configured where chargers connect. */
    public record Charger(String chargePointId, OffsetDateTime registeredAt, OffsetDateTime lastSeenAt,
            String ocppVersion, String vendor, String model, Link link, String ocppUrl) {
    }

    /** A link of a charger to a company; {@code loggingActive} is false until the company activates it. */
    public record Link(long id, long companyId, String companyName, OffsetDateTime linkedAt, boolean loggingActive) {
    }

    /** What a registration did: {@code created} for a new or newly claimed charger, else a password change. */
    public record Registered(boolean created, Charger charger) {
    }

    private final Pool pool;
    private final String ocppBase;
    private final Vertx vertx;
    private final Accounts accounts;

    OwnedChargers(@BillingDatabase.Billing Pool pool, Vertx vertx, Accounts accounts, PanelConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.accounts = accounts;
        this.ocppBase = config.ocppUrl().map(url -> url.replaceAll("/+$", "") + "/").orElse(null);
    }

    /**
     * Registers a charger with the OCPP password it will use: creates it, claims it when nobody owns it, or changes
     * the password of the caller's own. 409 when another employee owns it or has it linked.
     */
    public Future<Registered> register(long employeeId, String chargePointId, String password) {
        String id = chargePointId(chargePointId);
        Checks.require(password != null && password.length() >= 16 && password.length() <= 40, "password",
                "16 to 40 characters (OCPP security profile 1)");
        return vertx.executeBlocking(() -> Pbkdf2.hash(password, CHARGER_ITERATIONS), false)
                .compose(hash -> pool.withTransaction(c -> c.preparedQuery(ENSURE).execute(Tuple.of(id))
                        .compose(x -> c.preparedQuery(CLAIM_STATE).execute(Tuple.of(id)))
                        .compose(rows -> {
                            Row state = rows.iterator().next();
                            Long owner = state.getLong("owner");
                            Long linked = state.getLong("linked_employee");
                            boolean foreign = owner != null ? owner != employeeId
                                    : linked != null && linked != employeeId;
                            if (foreign) {
                                return Future.failedFuture(new Refusal(409, "Conflict",
                                        "chargePointId: " + id + " is registered by another employee"));
                            }
                            Future<?> owned = owner != null ? Future.succeededFuture()
                                    : c.preparedQuery(OWN).execute(Tuple.of(id, employeeId));
                            return owned.compose(y -> c.preparedQuery(SET_PASSWORD).execute(Tuple.of(id, hash)))
                                    .map(y -> owner == null);
                        })))
                .recover(failure -> Future.failedFuture(unique(failure) ? new Refusal(409, "Conflict",
                        "chargePointId: " + id + " is registered by another employee") : failure))
                .compose(created -> find(employeeId, id).map(charger -> new Registered(created, charger)));
    }

    /** One page of the employee's chargers, newest registration first. */
    public Future<List<Charger>> list(long employeeId, int limit, int offset) {
        return pool.preparedQuery(CHARGERS.formatted("")).execute(Tuple.of(employeeId, limit, offset))
                .map(this::chargers);
    }

    /** Gives a charger up: its current link ends (audited in the company's log), then the ownership. */
    public Future<Void> remove(Caller caller, String chargePointId) {
        long employeeId = caller.employee();
        return pool.withTransaction(c -> owned(c, employeeId, chargePointId)
                .compose(x -> c.preparedQuery(CURRENT_LINKS).execute(Tuple.of(chargePointId, employeeId)))
                .compose(links -> {
                    Future<Boolean> unlinked = Future.succeededFuture(true);
                    for (Row link : links) {
                        long linkId = link.getLong("id");
                        unlinked = unlinked.compose(y -> accounts.unlink(c, linkId, Instant.now(),
                                AuditTrail.actor(caller)));
                    }
                    return unlinked;
                })
                .compose(x -> c.preparedQuery(DISOWN).execute(Tuple.of(chargePointId)))
                .mapEmpty());
    }

    /** Links one of the employee's chargers to the company with {@code companyCode}. */
    public Future<Link> link(Caller caller, String chargePointId, String companyCode) {
        long employeeId = caller.employee();
        Checks.require(chargePointId != null && !chargePointId.isBlank(), "chargePointId", "is required");
        String code = Checks.text(companyCode, "companyCode", 64).toUpperCase(Locale.ROOT);
        return pool.withTransaction(c -> owned(c, employeeId, chargePointId)
                .compose(x -> accounts.link(c, code, employeeId, chargePointId, Instant.now(),
                        AuditTrail.actor(caller))))
                .compose(linkId -> find(employeeId, chargePointId).map(charger -> charger.link()));
    }

    /** Ends one of the employee's current links; 404 for anyone else's or an ended one. */
    public Future<Void> unlink(Caller caller, long linkId) {
        long employeeId = caller.employee();
        return pool.withTransaction(c -> c.preparedQuery(MY_LINK_FOR_UPDATE).execute(Tuple.of(linkId, employeeId))
                .compose(rows -> rows.size() == 0
                        ? Future.failedFuture(new Refusal(404, "Not Found", "No current link " + linkId + " of yours"))
                        : accounts.unlink(c, linkId, Instant.now(), AuditTrail.actor(caller)))
                .mapEmpty());
    }

    private Future<Charger> find(long employeeId, String chargePointId) {
        return pool.preparedQuery(CHARGERS.formatted("AND o.charge_point_id = $4"))
                .execute(Tuple.of(employeeId, 1, 0, chargePointId))
                .compose(rows -> rows.size() == 0
                        ? Future.failedFuture(new Refusal(404, "Not Found", "No charger " + chargePointId + " of yours"))
                        : Future.succeededFuture(chargers(rows).get(0)));
    }

    private static Future<Void> owned(SqlConnection c, long employeeId, String chargePointId) {
        return c.preparedQuery(OWNED_FOR_UPDATE).execute(Tuple.of(chargePointId, employeeId))
                .compose(rows -> rows.size() == 0
                        ? Future.failedFuture(new Refusal(404, "Not Found",
                                "chargePointId: no charger " + chargePointId + " of yours; register it first"))
                        : Future.<Void>succeededFuture());
    }

    private List<Charger> chargers(Iterable<Row> rows) {
        List<Charger> chargers = new ArrayList<>();
        for (Row r : rows) {
            Long linkId = r.getLong("link_id");
            Link link = linkId == null ? null : new Link(linkId, r.getLong("company_id"), r.getString("company_name"),
                    r.getOffsetDateTime("linked_at"), Boolean.TRUE.equals(r.getBoolean("logging_active")));
            String id = r.getString("charge_point_id");
            chargers.add(new Charger(id, r.getOffsetDateTime("registered_at"),
                    r.getOffsetDateTime("last_seen_at"), r.getString("ocpp_version"), r.getString("vendor"),
                    r.getString("model"), link, ocppBase == null ? null : ocppBase + id));
        }
        return chargers;
    }

    /** A charge point id as the OCPP endpoint accepts it: the last path segment, at most 48 characters, no ':'. */
    private static String chargePointId(String value) {
        String id = Checks.text(value, "chargePointId", MAX_ID);
        Checks.require(id.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f && ch != ':' && ch != '/' && ch != '?'
                && ch != '#' && ch != '%'), "chargePointId", "printable ASCII without spaces, ':', '/', '?', '#' or '%'");
        return id;
    }

    private static boolean unique(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState());
    }
}
