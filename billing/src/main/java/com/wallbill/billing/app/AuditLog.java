package com.wallbill.billing.app;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only audit log of money-relevant changes, one hash chain per company. An entry is appended in the
 * transaction of the change it records, so there is no change without its entry and no entry without its change.
 *
 * <p>{@code hash = SHA-256(prev_hash || field_1 || ... || field_10)}, where {@code prev_hash} is the previous
 * entry's hash (32 zero bytes for a company's first entry) and each field is a 4-byte big-endian length followed by
 * its UTF-8 bytes (length -1 and no bytes for null), in this order: company id, seq, at (UTC,
 * {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ}), actor user id, actor e-mail, action, entity, entity id, before, after.
 * Numbers are in decimal; before and after are PostgreSQL's text of the stored jsonb, which is canonical (keys
 * ordered, one spacing), so the hash can be recomputed from what is stored.
 *
 * <p>Appends of one company are serialised by an advisory lock held to the end of the caller's transaction;
 * {@code UNIQUE (company_id, seq)} would refuse a fork anyway. A trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@ApplicationScoped
public class AuditLog {

    private static final String LOCK =
            "SELECT pg_advisory_xact_lock(hashtextextended('wallbill.audit.' || $1::bigint, 0))";
    /** After the lock, in a statement of its own: its snapshot then sees the last entry committed before. */
    private static final String HEAD = """
            SELECT last.seq, last.hash, clock_timestamp() AS at, $2::text::jsonb::text AS before,
                   $3::text::jsonb::text AS after
            FROM (SELECT 1) one
            LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE company_id = $1 ORDER BY seq DESC LIMIT 1) last
                ON true""";
    private static final String INSERT = """
            INSERT INTO audit_log (company_id, seq, at, actor_user_id, actor_email, action, entity, entity_id, before,
                after, prev_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb, $11, $12) RETURNING id""";
    private static final String COLUMNS = """
            id, company_id, seq, at, actor_user_id, actor_email, action, entity, entity_id, before::text AS before,
            after::text AS after, prev_hash, hash""";
    private static final String NEWEST_FIRST = "SELECT " + COLUMNS
            + " FROM audit_log WHERE company_id = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3";
    private static final String CHAIN_FROM = "SELECT " + COLUMNS
            + " FROM audit_log WHERE company_id = $1 AND seq > $2 ORDER BY seq LIMIT $3";
    private static final int VERIFY_BATCH = 1_000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final byte[] GENESIS = new byte[32];

    /** One entry as stored; {@code before} and {@code after} are JSON text (or null). */
    public record Entry(long id, long companyId, long seq, OffsetDateTime at, Long actorUserId, String actorEmail,
            String action, String entity, String entityId, String before, String after, byte[] prevHash,
            byte[] hash) {
    }

    /** The outcome of recomputing a company's chain: intact, or where it first breaks. */
    public record Verification(boolean intact, long entriesChecked, Long headSeq, String headHash,
            Broken firstBroken) {
    }

    public record Broken(long id, long seq, String reason) {
    }

    private final Pool pool;

    AuditLog(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    /**
     * Appends an entry to the company's chain within the caller's transaction ({@code c} must be in one, or the
     * lock ends at once). Returns the entry's id.
     */
    public Future<Long> append(SqlConnection c, long companyId, AuditActor actor, AuditAction action, String entity,
            Object entityId, JsonObject before, JsonObject after) {
        return c.preparedQuery(LOCK).execute(Tuple.of(companyId))
                .compose(x -> c.preparedQuery(HEAD).execute(Tuple.of(companyId, encode(before), encode(after))))
                .compose(rows -> {
                    Row head = rows.iterator().next();
                    Long lastSeq = head.getLong("seq");
                    byte[] prevHash = lastSeq == null ? null : head.getBuffer("hash").getBytes();
                    Entry entry = new Entry(0, companyId, lastSeq == null ? 1 : lastSeq + 1,
                            head.getOffsetDateTime("at"), actor.userId(), actor.email(), action.name(), entity,
                            entityId == null ? null : entityId.toString(), head.getString("before"),
                            head.getString("after"), prevHash, null);
                    byte[] hash = hash(entry);
                    return c.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(companyId, entry.seq(), entry.at(),
                            entry.actorUserId(), entry.actorEmail(), entry.action(), entry.entity(), entry.entityId(),
                            entry.before(), entry.after(), prevHash == null ? null : Buffer.buffer(prevHash),
                            Buffer.buffer(hash))));
                })
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    /** The same in a transaction of its own, for a change that is already committed or needs no other write. */
    public Future<Long> append(long companyId, AuditActor actor, AuditAction action, String entity, Object entityId,
            JsonObject before, JsonObject after) {
        return pool.withTransaction(c -> append(c, companyId, actor, action, entity, entityId, before, after));
    }

    /** Entries of a company, newest first. */
    public Future<List<Entry>> newestFirst(long companyId, int limit, int offset) {
        return pool.preparedQuery(NEWEST_FIRST).execute(Tuple.of(companyId, limit, offset)).map(rows -> {
            List<Entry> entries = new ArrayList<>(rows.size());
            rows.forEach(r -> entries.add(entry(r)));
            return entries;
        });
    }

    /**
     * Recomputes the company's chain from its first entry, a batch at a time: every seq follows the one before,
     * every prev_hash is the previous entry's hash and every hash matches its entry's content.
     */
    public Future<Verification> verify(long companyId) {
        return verifyFrom(companyId, 0, null, 0);
    }

    private Future<Verification> verifyFrom(long companyId, long afterSeq, byte[] prevHash, long checked) {
        return pool.preparedQuery(CHAIN_FROM).execute(Tuple.of(companyId, afterSeq, VERIFY_BATCH)).compose(rows -> {
            long seq = afterSeq;
            byte[] previous = prevHash;
            long count = checked;
            for (Row r : rows) {
                Entry e = entry(r);
                String reason = e.seq() != seq + 1 ? "entries " + (seq + 1) + " to " + (e.seq() - 1) + " are missing"
                        : !Arrays.equals(e.prevHash(), previous) ? "prev_hash is not the previous entry's hash"
                        : !Arrays.equals(e.hash(), hash(e)) ? "hash does not match the entry's content"
                        : null;
                if (reason != null) {
                    return Future.succeededFuture(new Verification(false, count, seq == 0 ? null : seq,
                            hex(previous), new Broken(e.id(), e.seq(), reason)));
                }
                seq = e.seq();
                previous = e.hash();
                count++;
            }
            if (rows.size() < VERIFY_BATCH) {
                return Future.succeededFuture(new Verification(true, count, seq == 0 ? null : seq, hex(previous),
                        null));
            }
            return verifyFrom(companyId, seq, previous, count);
        });
    }

    static byte[] hash(Entry e) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        digest.update(e.prevHash() == null ? GENESIS : e.prevHash());
        field(digest, Long.toString(e.companyId()));
        field(digest, Long.toString(e.seq()));
        field(digest, e.at().withOffsetSameInstant(ZoneOffset.UTC).format(AT));
        field(digest, e.actorUserId() == null ? null : Long.toString(e.actorUserId()));
        field(digest, e.actorEmail());
        field(digest, e.action());
        field(digest, e.entity());
        field(digest, e.entityId());
        field(digest, e.before());
        field(digest, e.after());
        return digest.digest();
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static Entry entry(Row r) {
        Buffer prev = r.getBuffer("prev_hash");
        return new Entry(r.getLong("id"), r.getLong("company_id"), r.getLong("seq"), r.getOffsetDateTime("at"),
                r.getLong("actor_user_id"), r.getString("actor_email"), r.getString("action"), r.getString("entity"),
                r.getString("entity_id"), r.getString("before"), r.getString("after"),
                prev == null ? null : prev.getBytes(), r.getBuffer("hash").getBytes());
    }

    private static String encode(JsonObject json) {
        return json == null ? null : json.encode();
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
