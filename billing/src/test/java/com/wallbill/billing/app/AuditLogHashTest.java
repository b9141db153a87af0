package com.wallbill.billing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The documented serialisation, pinned: a verifier outside Wallbill must be able to recompute it. */
class AuditLogHashTest {

    private static AuditLog.Entry entry(byte[] prev, String before, String after) {
        return new AuditLog.Entry(1, 7, 2, OffsetDateTime.parse("2026-11-27T10:15:30.123456+01:00"), 42L,
                "admin@acme.example", "TERMS_CHANGED", "company", "7", before, after, prev, null);
    }

    @Test
    void hashIsSha256OfPreviousHashAndLengthPrefixedFields() throws Exception {
        byte[] prev = new byte[32];
        prev[0] = 1;
        AuditLog.Entry e = entry(prev, null, "{\"refundPercent\": \"80.00\"}");

        var digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(prev);
        for (String field : new String[] {"7", "2", "2026-11-27T09:15:30.123456Z", "42", "admin@acme.example",
                "TERMS_CHANGED", "company", "7", null, "{\"refundPercent\": \"80.00\"}"}) {
            if (field == null) {
                digest.update(new byte[] {-1, -1, -1, -1});
            } else {
                byte[] bytes = field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
        }
        assertThat(HexFormat.of().formatHex(AuditLog.hash(e))).isEqualTo(HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void everyFieldAndThePreviousHashCount() {
        byte[] base = AuditLog.hash(entry(null, null, "{}"));
        assertThat(AuditLog.hash(entry(new byte[32], null, "{}"))).as("genesis is 32 zero bytes").isEqualTo(base);
        assertThat(AuditLog.hash(entry(null, "{}", null))).as("before and after are not confused").isNotEqualTo(base);
        assertThat(AuditLog.hash(entry(null, null, "{ }"))).isNotEqualTo(base);
        byte[] prev = new byte[32];
        prev[31] = 1;
        assertThat(AuditLog.hash(entry(prev, null, "{}"))).isNotEqualTo(base);
    }
}
