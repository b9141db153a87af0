package com.wallbill.central.ocpp;

import com.wallbill.central.db.BatchWhileBusy;
import com.wallbill.central.db.IndexProbes;
import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Registered charge points, as the handshake sees them: lookup, auto-registration, password check. */
@ApplicationScoped
public class ChargePointDirectory {

    private static final String SELECT = """
            SELECT id, password_hash, boot_policy, boot_accepted_at IS NOT NULL AS boot_accepted
            FROM charge_point WHERE id = ANY ($1::text[])""";
    /** Every charger of a batch in one statement (and one commit): a fleet's first connect is a storm too. */
    private static final String AUTO_REGISTER = """
            INSERT INTO charge_point (id, auto_registered) SELECT unnest($1::text[]), true
            ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
            RETURNING id, password_hash, boot_policy, boot_accepted_at IS NOT NULL AS boot_accepted""";

    private final Pool pool;
    private final Vertx vertx;
    /** Fingerprints of passwords already checked against their PBKDF2 hash, so reconnect storms stay cheap. */
    private final Map<String, VerifiedSecret> verified = new ConcurrentHashMap<>();
    private final BatchWhileBusy<Waiting> lookups = new BatchWhileBusy<>(2, 500, this::lookUp);
    private final BatchWhileBusy<Waiting> registrations = new BatchWhileBusy<>(2, 500, this::register);

    /** A handshake waiting for its record, answered on its own event loop. */
    private record Waiting(String id, Context context, Promise<Optional<ChargePointRecord>> promise) {
        void complete(Optional<ChargePointRecord> record) {
            context.runOnContext(v -> promise.complete(record));
        }

        void fail(Throwable failure) {
            context.runOnContext(v -> promise.fail(failure));
        }
    }

    private record VerifiedSecret(String passwordHash, byte[] fingerprint) {
    }

    public ChargePointDirectory(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    /**
     * The charge point's record. Lookups are batched like group commit: a handshake that arrives while lookups are
     * running waits for the next query, which fetches every waiting id at once, so a reconnect storm of thousands of
     * chargers costs a few dozen queries, while a lone handshake is looked up at once.
     */
    public Future<Optional<ChargePointRecord>> find(String id) {
        Promise<Optional<ChargePointRecord>> promise = Promise.promise();
        lookups.add(new Waiting(id, vertx.getOrCreateContext(), promise));
        return promise.future();
    }

    private Future<?> lookUp(List<Waiting> batch) {
        return answer(batch, IndexProbes.inTransaction(pool,
                c -> c.preparedQuery(SELECT).execute(Tuple.tuple().addArrayOfString(ids(batch)))));
    }

    /** Registers an unknown charger (policy accept), batched like {@link #find}; its record as stored. */
    public Future<ChargePointRecord> autoRegister(String id) {
        Promise<Optional<ChargePointRecord>> promise = Promise.promise();
        registrations.add(new Waiting(id, vertx.getOrCreateContext(), promise));
        return promise.future().map(Optional::orElseThrow);
    }

    private Future<?> register(List<Waiting> batch) {
        return answer(batch, pool.preparedQuery(AUTO_REGISTER).execute(Tuple.tuple().addArrayOfString(ids(batch))));
    }

    /**
     * Distinct, since one statement may not insert the same id twice; sorted, so that two registration batches
     * lock the rows they share in the same order and cannot deadlock.
     */
    private static String[] ids(List<Waiting> batch) {
        return batch.stream().map(Waiting::id).distinct().sorted().toArray(String[]::new);
    }

    /** Hands each waiting handshake its charger's row, if any, once the statement is done. */
    private static Future<RowSet<Row>> answer(List<Waiting> batch, Future<RowSet<Row>> rows) {
        return rows.onComplete(result -> {
            if (result.failed()) {
                batch.forEach(w -> w.fail(result.cause()));
                return;
            }
            Map<String, ChargePointRecord> found = new HashMap<>();
            for (Row row : result.result()) {
                ChargePointRecord record = record(row);
                found.put(record.id(), record);
            }
            batch.forEach(w -> w.complete(Optional.ofNullable(found.get(w.id()))));
        });
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

    private static ChargePointRecord record(Row row) {
        return new ChargePointRecord(row.getString("id"), row.getString("password_hash"),
                BootPolicy.fromWire(row.getString("boot_policy")), row.getBoolean("boot_accepted"));
    }
}
