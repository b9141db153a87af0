package com.wallbill.panel.rates;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.panel.audit.AuditTrail;
import com.wallbill.panel.auth.CurrentCaller;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.app.TariffJson;
import com.wallbill.billing.rate.RateType;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.panel.Page;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The company's rates with their current versions. Writes go through {@link Accounts}: a rate edit is a new
 * version valid from now, so sessions already costed keep the price they were costed with.
 */
@ApplicationScoped
public class Rates {

    private static final String SELECT = """
            SELECT r.id, r.name, r.created_at, v.id AS version_id, v.valid_from, v.rate_type, v.currency,
                   v.tariff::text AS tariff, r.id = t.default_rate_id AS is_default
            FROM rate r
            JOIN LATERAL (SELECT * FROM rate_version WHERE rate_id = r.id ORDER BY valid_from DESC LIMIT 1) v ON true
            CROSS JOIN LATERAL (SELECT default_rate_id FROM company_terms WHERE company_id = r.company_id
                                ORDER BY valid_from DESC LIMIT 1) t
            WHERE r.company_id = $1 AND r.deleted_at IS NULL""";
    private static final String LIST = SELECT + " ORDER BY r.id LIMIT $2 OFFSET $3";
    private static final String ONE = SELECT + " AND r.id = $2";
    private static final String CURRENCY = "SELECT currency FROM company WHERE id = $1";
    private static final String RENAME = """
            UPDATE rate SET name = $3 WHERE id = $1 AND company_id = $2 AND deleted_at IS NULL""";

    /** A rate and its current version; {@code rate} has the shape it is written in. */
    public record RateView(long id, String name, boolean isDefault, long versionId, OffsetDateTime validFrom,
            JsonNode rate, OffsetDateTime createdAt) {
    }

    private final Pool pool;
    private final Accounts accounts;
    private final CurrentCaller current;
    private final Clock clock = Clock.systemUTC();

    Rates(@BillingDatabase.Billing Pool pool, Accounts accounts, CurrentCaller current) {
        this.pool = pool;
        this.accounts = accounts;
        this.current = current;
    }

    public Future<Page<RateView>> list(long companyId, int offset, int limit) {
        return pool.preparedQuery(LIST).execute(Tuple.of(companyId, limit + 1, offset)).map(rows -> {
            List<RateView> rates = new ArrayList<>();
            rows.forEach(r -> rates.add(view(r)));
            return Page.of(rates, offset, limit);
        });
    }

    public Future<RateView> get(long companyId, long rateId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(companyId, rateId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No rate " + rateId);
            }
            return view(rows.iterator().next());
        });
    }

    /** The tariff a rate prices with now: what a quote for it uses. */
    public Future<Tariff> currentTariff(long companyId, long rateId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(companyId, rateId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "rateId: no rate " + rateId);
            }
            return tariff(rows.iterator().next());
        });
    }

    public Future<RateView> create(long companyId, String name, Tariff tariff) {
        return requireCompanyCurrency(companyId, tariff)
                .compose(x -> accounts.createRate(companyId, name, tariff, clock.instant(), AuditTrail.actor(current.get())))
                .recover(Rates::nameTaken)
                .compose(id -> get(companyId, id));
    }

    /** A new version from now, and a new name when one is given. */
    public Future<RateView> edit(long companyId, long rateId, String name, Tariff tariff) {
        return get(companyId, rateId)
                .compose(x -> requireCompanyCurrency(companyId, tariff))
                .compose(x -> name == null ? Future.<Void>succeededFuture() : rename(companyId, rateId, name))
                .compose(x -> accounts.editRate(companyId, rateId, tariff, clock.instant(), AuditTrail.actor(current.get())))
                .compose(version -> get(companyId, rateId));
    }

    public Future<Void> delete(long companyId, long rateId) {
        return accounts.deleteRate(companyId, rateId, clock.instant(), AuditTrail.actor(current.get()));
    }

    public Future<RateView> makeDefault(long companyId, long rateId) {
        return accounts.makeDefault(companyId, rateId, clock.instant(), AuditTrail.actor(current.get())).compose(x -> get(companyId, rateId));
    }

    private Future<Void> rename(long companyId, long rateId, String name) {
        return pool.preparedQuery(RENAME).execute(Tuple.of(rateId, companyId, name)).recover(Rates::nameTaken)
                .compose(rows -> rows.rowCount() == 1 ? Future.<Void>succeededFuture()
                        : Future.failedFuture(new Refusal(404, "Not Found", "No rate " + rateId)));
    }

    /** A company bills in one currency: a rate in another could never be charged or paid out. */
    private Future<Void> requireCompanyCurrency(long companyId, Tariff tariff) {
        return pool.preparedQuery(CURRENCY).execute(Tuple.of(companyId)).compose(rows -> {
            String currency = rows.iterator().next().getString("currency").strip();
            return currency.equals(tariff.currency().getCurrencyCode()) ? Future.succeededFuture()
                    : Future.failedFuture(new IllegalArgumentException(
                            "rate.currency: must be the company's currency " + currency));
        });
    }

    private static <T> Future<T> nameTaken(Throwable failure) {
        return Future.failedFuture(failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                ? new Refusal(409, "Conflict", "name: the company already has a rate with this name") : failure);
    }

    private static Tariff tariff(Row r) {
        return TariffJson.read(RateType.valueOf(r.getString("rate_type")), r.getString("currency"),
                r.getString("tariff"));
    }

    private static RateView view(Row r) {
        return new RateView(r.getLong("id"), r.getString("name"), r.getBoolean("is_default"),
                r.getLong("version_id"), r.getOffsetDateTime("valid_from"), RateShape.write(tariff(r)),
                r.getOffsetDateTime("created_at"));
    }
}
