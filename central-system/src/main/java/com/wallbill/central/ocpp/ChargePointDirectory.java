package com.wallbill.central.ocpp;

import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Registered charge points, as the handshake sees them: lookup, auto-registration, password check. */
@ApplicationScoped
public class ChargePointDirectory {

    private static final String SELECT = """
            SELECT id, password_hash, boot_policy, boot_accepted_at IS NOT NULL AS boot_accepted
            FROM charge_point WHERE id = $1""";
    private static final String AUTO_REGISTER = """
            INSERT INTO charge_point (id, auto_registered) VALUES ($1, true)
            ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
            RETURNING id, password_hash, boot_policy, boot_accepted_at IS NOT NULL AS boot_accepted""";

    private final Pool pool;
    private final Vertx vertx;
    /** Fingerprints of passwords already checked against their PBKDF2 hash, so reconnect storms stay cheap. */
    private final Map<String, VerifiedSecret> verified = new ConcurrentHashMap<>();

    private record VerifiedSecret(String passwordHash, byte[] fingerprint) {
    }

    public ChargePointDirectory(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    public Future<Optional<ChargePointRecord>> find(String id) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(id)).map(ChargePointDirectory::first);
    }

    public Future<ChargePointRecord> autoRegister(String id) {
        return pool.preparedQuery(AUTO_REGISTER).execute(Tuple.of(id)).map(rows -> first(rows).orElseThrow());
    }

    /** Checks a Basic-auth password against the charger's stored hash, off the event loop when not cached. */
    public Future<Boolean> verifyPassword(ChargePointRecord record, String password) {
        byte[] fingerprint = PasswordHasher.fingerprint(record.id(), password);
        VerifiedSecret cached = verified.get(record.id());
        if (cached != null && cached.passwordHash().equals(record.passwordHash())) {
            return Future.succeededFuture(MessageDigest.isEqual(cached.fingerprint(), fingerprint));
        }
        return vertx.executeBlocking(() -> PasswordHasher.verify(password, record.passwordHash()), false)
                .onSuccess(ok -> {
                    if (ok) {
                        verified.put(record.id(), new VerifiedSecret(record.passwordHash(), fingerprint));
                    }
                });
    }

    /** Forgets a cached verification, e.g. after the password was changed. */
    public void forget(String id) {
        verified.remove(id);
    }

    private static Optional<ChargePointRecord> first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new ChargePointRecord(row.getString("id"), row.getString("password_hash"),
                BootPolicy.fromWire(row.getString("boot_policy")), row.getBoolean("boot_accepted")));
    }
}
