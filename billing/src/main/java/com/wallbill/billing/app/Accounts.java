package com.wallbill.billing.app;

import com.wallbill.billing.party.PostalAddress;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;

/**
 * Companies, employees, device links and rates as billing needs them. Every change that affects what a session
 * costs is a new effective-dated row, never an update, so sessions already started keep their terms; and every
 * such change is recorded in the company's {@link AuditLog} in the same transaction, with who made it (the
 * overloads without an actor are the operator API's).
 */
@ApplicationScoped
public class Accounts {

    /** Company codes avoid look-alike characters (0/O, 1/I/L) because employees type them. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public record NewCompany(String name, String taxId, PostalAddress address, ZoneId timeZone, Currency currency,
            String iban, String bic, String cardToken) {
    }

    public record Terms(BigDecimal refundPercent, PaymentType paymentType, boolean autoActivate) {
    }

    public record NewEmployee(String name, String email, String iban, PostalAddress address) {
    }

    /** Per-device overrides; null fields fall back to the company's terms. */
    public record DeviceTerms(boolean loggingActive, PaymentType paymentType, BigDecimal refundPercent, Long rateId) {
    }

    public record CreatedCompany(long id, String code, long defaultRateId) {
    }

    private final Pool pool;
    private final AuditLog audit;
    private final IbanVault vault;

    Accounts(@BillingDatabase.Billing Pool pool, AuditLog audit, IbanVault vault) {
        this.pool = pool;
        this.audit = audit;
        this.vault = vault;
    }

    /** A company with its first rate (the default) and terms, all valid from {@code validFrom}. */
    public Future<CreatedCompany> createCompany(NewCompany company, Terms terms, String rateName, Tariff rate,
            Instant validFrom) {
        return pool.withTransaction(c -> createCompany(c, company, terms, rateName, rate, validFrom));
    }

    /** The same, within the caller's transaction (a company registered together with its first admin). */
    public Future<CreatedCompany> createCompany(SqlConnection c, NewCompany company, Terms terms, String rateName,
            Tariff rate, Instant validFrom) {
        PostalAddress a = company.address();
        String code = newCode();
        return c.preparedQuery("""
                INSERT INTO company (name, code, time_zone, currency, tax_id, street_name, building_number, post_code,
                    town_name, country_code, iban, bic, card_token)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id""")
                .execute(Tuple.from(Arrays.asList(company.name(), code, company.timeZone().getId(),
                        company.currency().getCurrencyCode(), company.taxId(), a == null ? null : a.streetName(),
                        a == null ? null : a.buildingNumber(), a == null ? null : a.postCode(),
                        a == null ? null : a.townName(), a == null ? null : a.countryCode(), company.iban(),
                        company.bic(), company.cardToken())))
                .compose(rows -> {
                    long companyId = rows.iterator().next().getLong("id");
                    return insertRate(c, companyId, rateName, rate, validFrom)
                            .compose(rateId -> insertTerms(c, companyId, terms, rateId, validFrom)
                                    .map(x -> new CreatedCompany(companyId, code, rateId)));
                });
    }

    public Future<Long> createRate(long companyId, String name, Tariff tariff, Instant validFrom) {
        return createRate(companyId, name, tariff, validFrom, AuditActor.OPERATOR);
    }

    public Future<Long> createRate(long companyId, String name, Tariff tariff, Instant validFrom, AuditActor actor) {
        return pool.withTransaction(c -> insertRate(c, companyId, name, tariff, validFrom)
                .compose(rateId -> audit.append(c, companyId, actor, AuditAction.RATE_CREATED, "rate", rateId, null,
                        AuditSnapshots.rate(name, tariff, validFrom)).map(rateId)));
    }

    /** A new version of a rate: sessions starting from {@code validFrom} are priced with it. */
    public Future<Long> editRate(long companyId, long rateId, Tariff tariff, Instant validFrom) {
        return editRate(companyId, rateId, tariff, validFrom, AuditActor.OPERATOR);
    }

    public Future<Long> editRate(long companyId, long rateId, Tariff tariff, Instant validFrom, AuditActor actor) {
        return pool.withTransaction(c -> AuditSnapshots.rate(c, companyId, rateId).compose(before -> c.preparedQuery("""
                INSERT INTO rate_version (rate_id, company_id, valid_from, rate_type, currency, tariff)
                SELECT id, company_id, $3, $4, $5, $6::text::jsonb FROM rate
                WHERE id = $1 AND company_id = $2 AND deleted_at IS NULL
                RETURNING id""")
                .execute(Tuple.of(rateId, companyId, SessionCosting.utc(validFrom), tariff.type().name(),
                        tariff.currency().getCurrencyCode(), TariffJson.write(tariff)))
                .compose(rows -> rows.size() == 0
                        ? Future.failedFuture(new Refusal(404, "Not Found", "No rate " + rateId))
                        : audit.append(c, companyId, actor, AuditAction.RATE_EDITED, "rate", rateId, before,
                                AuditSnapshots.rate(null, tariff, validFrom))
                                .map(rows.iterator().next().getLong("id")))));
    }

    /**
     * Makes another rate the company's default from {@code at}: one new terms row, so there is exactly one default
     * at every instant and no moment without one.
     */
    public Future<Void> makeDefault(long companyId, long rateId, Instant at) {
        return makeDefault(companyId, rateId, at, AuditActor.OPERATOR);
    }

    public Future<Void> makeDefault(long companyId, long rateId, Instant at, AuditActor actor) {
        return pool.withTransaction(c -> c.preparedQuery(BillingSql.LOCK_COMPANY).execute(Tuple.of(companyId))
                .compose(x -> AuditSnapshots.terms(c, companyId))
                .compose(before -> c.preparedQuery("""
                        INSERT INTO company_terms (company_id, valid_from, refund_percent, payment_type, auto_activate,
                            default_rate_id)
                        SELECT t.company_id, $3, t.refund_percent, t.payment_type, t.auto_activate, r.id
                        FROM company_terms t JOIN rate r ON r.id = $2 AND r.company_id = t.company_id
                            AND r.deleted_at IS NULL
                        WHERE t.company_id = $1 ORDER BY t.valid_from DESC LIMIT 1""")
                        .execute(Tuple.of(companyId, rateId, SessionCosting.utc(at)))
                        .compose(rows -> rows.rowCount() == 1
                                ? audit.append(c, companyId, actor, AuditAction.DEFAULT_RATE_CHANGED, "company",
                                        companyId, new JsonObject().put("defaultRateId", before.getLong("defaultRateId")),
                                        new JsonObject().put("defaultRateId", rateId).put("validFrom", at.toString()))
                                        .<Void>mapEmpty()
                                : Future.failedFuture(new Refusal(404, "Not Found", "No rate " + rateId)))));
    }

    /**
     * Deletes a rate from {@code at}: refused (409) for the default rate and for a rate a linked device uses, so
     * no session can start without a rate. Sessions already costed keep the version they were priced with.
     */
    public Future<Void> deleteRate(long companyId, long rateId, Instant at) {
        return deleteRate(companyId, rateId, at, AuditActor.OPERATOR);
    }

    public Future<Void> deleteRate(long companyId, long rateId, Instant at, AuditActor actor) {
        return pool.withTransaction(c -> c.preparedQuery(BillingSql.LOCK_COMPANY).execute(Tuple.of(companyId))
                .compose(x -> c.preparedQuery("""
                        SELECT r.name, r.deleted_at IS NULL AS live,
                               r.id = (SELECT default_rate_id FROM company_terms WHERE company_id = $1
                                       ORDER BY valid_from DESC LIMIT 1) AS is_default,
                               (SELECT count(*) FROM device_link l
                                JOIN LATERAL (SELECT rate_id FROM device_terms WHERE link_id = l.id
                                              ORDER BY valid_from DESC LIMIT 1) t ON true
                                WHERE l.company_id = $1 AND l.unlinked_at IS NULL AND t.rate_id = r.id) AS devices
                        FROM rate r WHERE r.id = $2 AND r.company_id = $1""")
                        .execute(Tuple.of(companyId, rateId)))
                .compose(rows -> {
                    if (rows.size() == 0 || !rows.iterator().next().getBoolean("live")) {
                        return Future.failedFuture(new Refusal(404, "Not Found", "No rate " + rateId));
                    }
                    Row rate = rows.iterator().next();
                    if (rate.getBoolean("is_default")) {
                        return Future.failedFuture(new Refusal(409, "Conflict",
                                "The default rate cannot be deleted; make another rate the default first"));
                    }
                    if (rate.getLong("devices") > 0) {
                        return Future.failedFuture(new Refusal(409, "Conflict", "The rate is assigned to "
                                + rate.getLong("devices") + " device(s); assign them another rate first"));
                    }
                    return c.preparedQuery("UPDATE rate SET deleted_at = $2 WHERE id = $1")
                            .execute(Tuple.of(rateId, SessionCosting.utc(at)))
                            .compose(d -> audit.append(c, companyId, actor, AuditAction.RATE_DELETED, "rate", rateId,
                                    new JsonObject().put("name", rate.getString("name")),
                                    new JsonObject().put("deletedAt", at.toString())))
                            .mapEmpty();
                }));
    }

    /** New company terms (refund percentage, payment type, auto-activation, default rate) from {@code validFrom}. */
    public Future<Void> setTerms(long companyId, Terms terms, long defaultRateId, Instant validFrom) {
        return setTerms(companyId, terms, defaultRateId, validFrom, AuditActor.OPERATOR);
    }

    public Future<Void> setTerms(long companyId, Terms terms, long defaultRateId, Instant validFrom,
            AuditActor actor) {
        return pool.withTransaction(c -> AuditSnapshots.terms(c, companyId)
                .compose(before -> insertTerms(c, companyId, terms, defaultRateId, validFrom)
                        .compose(x -> audit.append(c, companyId, actor, AuditAction.TERMS_CHANGED, "company",
                                companyId, before, AuditSnapshots.terms(terms, defaultRateId, validFrom))))
                .mapEmpty());
    }

    public Future<Long> createEmployee(NewEmployee employee) {
        return pool.withConnection(c -> createEmployee(c, employee));
    }

    public Future<Long> createEmployee(SqlConnection c, NewEmployee employee) {
        PostalAddress a = employee.address();
        return c.preparedQuery("""
                INSERT INTO employee (name, email, iban, street_name, building_number, post_code, town_name, country_code)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""")
                .execute(Tuple.from(Arrays.asList(employee.name(), employee.email(), vault.seal(employee.iban()),
                        a == null ? null : a.streetName(), a == null ? null : a.buildingNumber(),
                        a == null ? null : a.postCode(), a == null ? null : a.townName(),
                        a == null ? null : a.countryCode())))
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    /**
     * Links a charger to a company by its code, at {@code at}. Logging starts active when the company
     * auto-activates new chargers; otherwise the link waits for an admin.
     */
    public Future<Long> link(String companyCode, long employeeId, String chargePointId, Instant at) {
        return pool.withTransaction(c -> link(c, companyCode, employeeId, chargePointId, at, AuditActor.OPERATOR)
                .recover(failure -> failure instanceof Refusal r && r.status() == 404
                        ? Future.failedFuture(new IllegalArgumentException("no company with code " + companyCode))
                        : Future.failedFuture(failure)));
    }

    /**
     * The same within the caller's transaction, recorded in the company's audit log: 404 for an unknown code, 409
     * when the charger is linked already.
     */
    public Future<Long> link(SqlConnection c, String companyCode, long employeeId, String chargePointId, Instant at,
            AuditActor actor) {
        return c.preparedQuery("""
                INSERT INTO device_link (company_id, employee_id, charge_point_id, linked_at)
                SELECT id, $2, $3, $4 FROM company WHERE code = $1 RETURNING id, company_id""")
                .execute(Tuple.of(companyCode, employeeId, chargePointId, SessionCosting.utc(at)))
                .recover(failure -> Future.failedFuture(failure instanceof PgException pg
                        && "23505".equals(pg.getSqlState())
                        ? new Refusal(409, "Conflict", "chargePointId: " + chargePointId + " is linked to a company "
                                + "already; unlink it first") : failure))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Refusal(404, "Not Found", "companyCode: no company has this code"));
                    }
                    long linkId = rows.iterator().next().getLong("id");
                    long companyId = rows.iterator().next().getLong("company_id");
                    return c.preparedQuery("""
                            INSERT INTO device_terms (link_id, valid_from, logging_active)
                            SELECT $1, $2, t.auto_activate FROM device_link l
                            JOIN LATERAL (SELECT auto_activate FROM company_terms WHERE company_id = l.company_id
                                ORDER BY valid_from DESC LIMIT 1) t ON true
                            WHERE l.id = $1 RETURNING logging_active""")
                            .execute(Tuple.of(linkId, SessionCosting.utc(at)))
                            .compose(terms -> audit.append(c, companyId, actor, AuditAction.DEVICE_LINKED,
                                    "device_link", linkId, null, new JsonObject().put("chargePointId", chargePointId)
                                            .put("employeeId", employeeId)
                                            .put("loggingActive", terms.iterator().next().getBoolean("logging_active"))
                                            .put("linkedAt", at.toString())))
                            .map(linkId);
                });
    }

    /** Per-device overrides from {@code validFrom}; a rate must be a live rate of the link's company. */
    public Future<Void> setDeviceTerms(long linkId, DeviceTerms terms, Instant validFrom) {
        return setDeviceTerms(linkId, terms, validFrom, AuditActor.OPERATOR);
    }

    public Future<Void> setDeviceTerms(long linkId, DeviceTerms terms, Instant validFrom, AuditActor actor) {
        return pool.withTransaction(c -> AuditSnapshots.device(c, linkId).compose(before -> c.preparedQuery("""
                INSERT INTO device_terms (link_id, valid_from, logging_active, payment_type, refund_percent, rate_id)
                SELECT l.id, $2, $3, $4, $5, $6 FROM device_link l
                WHERE l.id = $1 AND ($6::bigint IS NULL OR EXISTS (SELECT 1 FROM rate r
                    WHERE r.id = $6 AND r.company_id = l.company_id AND r.deleted_at IS NULL))""")
                .execute(Tuple.from(Arrays.asList(linkId, SessionCosting.utc(validFrom), terms.loggingActive(),
                        terms.paymentType() == null ? null : terms.paymentType().name(), terms.refundPercent(),
                        terms.rateId())))
                .compose(rows -> rows.rowCount() == 1
                        ? audit.append(c, before.getLong("companyId"), actor, AuditAction.DEVICE_TERMS_CHANGED,
                                "device_link", linkId, before, AuditSnapshots.device(terms, validFrom)).<Void>mapEmpty()
                        : Future.failedFuture(new Refusal(404, "Not Found",
                                "No device link " + linkId + " with a live rate " + terms.rateId())))));
    }

    public Future<Void> unlink(long linkId, Instant at) {
        return unlink(linkId, at, AuditActor.OPERATOR);
    }

    public Future<Void> unlink(long linkId, Instant at, AuditActor actor) {
        return pool.withTransaction(c -> unlink(c, linkId, at, actor)).mapEmpty();
    }

    /** Ends a link within the caller's transaction; false when it was not linked (unknown or ended already). */
    public Future<Boolean> unlink(SqlConnection c, long linkId, Instant at, AuditActor actor) {
        return c.preparedQuery("""
                UPDATE device_link SET unlinked_at = $2 WHERE id = $1 AND unlinked_at IS NULL
                RETURNING company_id, charge_point_id, employee_id""")
                .execute(Tuple.of(linkId, SessionCosting.utc(at))).compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(false);
                    }
                    Row link = rows.iterator().next();
                    return audit.append(c, link.getLong("company_id"), actor, AuditAction.DEVICE_UNLINKED,
                            "device_link", linkId, new JsonObject().put("chargePointId", link.getString("charge_point_id"))
                                    .put("employeeId", link.getLong("employee_id")),
                            new JsonObject().put("unlinkedAt", at.toString())).map(true);
                });
    }

    private static Future<Long> insertRate(SqlConnection c, long companyId, String name, Tariff tariff,
            Instant validFrom) {
        return c.preparedQuery("INSERT INTO rate (company_id, name) VALUES ($1, $2) RETURNING id")
                .execute(Tuple.of(companyId, name))
                .compose(rows -> {
                    long rateId = rows.iterator().next().getLong("id");
                    return c.preparedQuery("""
                            INSERT INTO rate_version (rate_id, company_id, valid_from, rate_type, currency, tariff)
                            VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)""")
                            .execute(Tuple.of(rateId, companyId, SessionCosting.utc(validFrom), tariff.type().name(),
                                    tariff.currency().getCurrencyCode(), TariffJson.write(tariff)))
                            .map(rateId);
                });
    }

    private static Future<Void> insertTerms(SqlConnection c, long companyId, Terms terms, long defaultRateId,
            Instant validFrom) {
        return c.preparedQuery("""
                INSERT INTO company_terms (company_id, valid_from, refund_percent, payment_type, auto_activate,
                    default_rate_id)
                SELECT $1, $2, $3, $4, $5, id FROM rate WHERE id = $6 AND company_id = $1 AND deleted_at IS NULL""")
                .execute(Tuple.from(Arrays.asList(companyId, SessionCosting.utc(validFrom), terms.refundPercent(),
                        terms.paymentType().name(), terms.autoActivate(), defaultRateId)))
                .compose(rows -> rows.rowCount() == 1 ? Future.<Void>succeededFuture()
                        : Future.failedFuture(new IllegalArgumentException("rate " + defaultRateId
                                + " is not a live rate of company " + companyId)));
    }

    private static String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
