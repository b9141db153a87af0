package com.wallbill.billing.app;

import com.wallbill.billing.rate.Tariff;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What the audit log keeps as "before" and "after" of billing settings: the values in force, read in the changing
 * transaction just before the change. Amounts and percentages are strings, so no number is reformatted.
 */
final class AuditSnapshots {

    private static final String TERMS = """
            SELECT refund_percent, payment_type, auto_activate, default_rate_id, valid_from FROM company_terms
            WHERE company_id = $1 ORDER BY valid_from DESC LIMIT 1""";
    private static final String DEVICE = """
            SELECT l.company_id, l.charge_point_id, l.employee_id, t.logging_active, t.payment_type, t.refund_percent,
                   t.rate_id
            FROM device_link l
            LEFT JOIN LATERAL (SELECT * FROM device_terms WHERE link_id = l.id ORDER BY valid_from DESC LIMIT 1) t
                ON true
            WHERE l.id = $1""";
    private static final String RATE = """
            SELECT r.name, v.rate_type, v.tariff::text AS tariff FROM rate r
            LEFT JOIN LATERAL (SELECT rate_type, tariff FROM rate_version WHERE rate_id = r.id
                ORDER BY valid_from DESC LIMIT 1) v ON true
            WHERE r.id = $1 AND r.company_id = $2""";

    private AuditSnapshots() {
    }

    /** The company's latest terms, or null before it has any. */
    static Future<JsonObject> terms(SqlConnection c, long companyId) {
        return c.preparedQuery(TERMS).execute(Tuple.of(companyId)).map(rows -> rows.size() == 0 ? null
                : terms(rows.iterator().next()));
    }

    static JsonObject terms(Accounts.Terms terms, long defaultRateId, Instant validFrom) {
        return new JsonObject().put("refundPercent", plain(terms.refundPercent()))
                .put("paymentType", terms.paymentType().name()).put("autoActivate", terms.autoActivate())
                .put("defaultRateId", defaultRateId).put("validFrom", validFrom.toString());
    }

    /** A device link's company (key {@code companyId}) and its overrides in force; null for an unknown link. */
    static Future<JsonObject> device(SqlConnection c, long linkId) {
        return c.preparedQuery(DEVICE).execute(Tuple.of(linkId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new JsonObject().put("companyId", r.getLong("company_id"))
                    .put("chargePointId", r.getString("charge_point_id")).put("employeeId", r.getLong("employee_id"))
                    .put("loggingActive", r.getBoolean("logging_active")).put("paymentType", r.getString("payment_type"))
                    .put("refundPercent", plain(r.getBigDecimal("refund_percent"))).put("rateId", r.getLong("rate_id"));
        });
    }

    static JsonObject device(Accounts.DeviceTerms terms, Instant validFrom) {
        return new JsonObject().put("loggingActive", terms.loggingActive())
                .put("paymentType", terms.paymentType() == null ? null : terms.paymentType().name())
                .put("refundPercent", plain(terms.refundPercent())).put("rateId", terms.rateId())
                .put("validFrom", validFrom.toString());
    }

    /** A rate's name and its latest tariff; null when the company has no such rate. */
    static Future<JsonObject> rate(SqlConnection c, long companyId, long rateId) {
        return c.preparedQuery(RATE).execute(Tuple.of(rateId, companyId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new JsonObject().put("name", r.getString("name")).put("type", r.getString("rate_type"))
                    .put("tariff", r.getString("tariff") == null ? null : new JsonObject(r.getString("tariff")));
        });
    }

    static JsonObject rate(String name, Tariff tariff, Instant validFrom) {
        JsonObject rate = new JsonObject().put("type", tariff.type().name())
                .put("tariff", new JsonObject(TariffJson.write(tariff))).put("validFrom", validFrom.toString());
        return name == null ? rate : rate.put("name", name);
    }

    private static JsonObject terms(Row r) {
        return new JsonObject().put("refundPercent", plain(r.getBigDecimal("refund_percent")))
                .put("paymentType", r.getString("payment_type")).put("autoActivate", r.getBoolean("auto_activate"))
                .put("defaultRateId", r.getLong("default_rate_id"))
                .put("validFrom", r.getOffsetDateTime("valid_from").toInstant().toString());
    }

    /** As numeric(5,2) stores it, so before and after read alike. */
    private static String plain(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
