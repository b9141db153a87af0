package com.wallbill.panel.company;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.panel.Page;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import com.wallbill.billing.app.AuditAction;
import com.wallbill.panel.audit.AuditTrail;
import com.wallbill.panel.auth.CurrentCaller;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The company's cards, as payment provider tokens. The default card's token is kept in {@code company.card_token}
 * (what month close charges) in the same transaction as every change of the default, under the company row's lock,
 * so the two never disagree and two admins clicking at once cannot leave two defaults.
 */
@ApplicationScoped
public class PaymentMethods {

    private static final String COLUMNS = "id, brand, last4, exp_month, exp_year, is_default, created_at";
    private static final String LOCK_COMPANY = "SELECT id FROM company WHERE id = $1 FOR UPDATE";
    private static final String LIST = "SELECT " + COLUMNS + " FROM payment_method"
            + " WHERE company_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT $2 OFFSET $3";
    private static final String ONE = "SELECT token, " + COLUMNS + " FROM payment_method"
            + " WHERE id = $1 AND company_id = $2 AND deleted_at IS NULL";
    private static final String INSERT = """
            INSERT INTO payment_method (company_id, token, brand, last4, exp_month, exp_year, is_default)
            VALUES ($1, $2, $3, $4, $5, $6, NOT EXISTS (SELECT 1 FROM payment_method WHERE company_id = $1 AND is_default))
            RETURNING\s""" + COLUMNS;
    private static final String OTHERS = """
            SELECT count(*) AS others FROM payment_method WHERE company_id = $1 AND id <> $2 AND deleted_at IS NULL""";
    private static final String DELETE = """
            UPDATE payment_method SET deleted_at = now(), is_default = false WHERE id = $1""";
    private static final String CLEAR_DEFAULT = """
            UPDATE payment_method SET is_default = false WHERE company_id = $1 AND is_default""";
    private static final String SET_DEFAULT = "UPDATE payment_method SET is_default = true WHERE id = $1";
    private static final String CARD_TOKEN = "UPDATE company SET card_token = $2 WHERE id = $1";

    public record PaymentMethod(long id, String brand, String last4, int expMonth, int expYear, boolean isDefault,
            OffsetDateTime createdAt) {
    }

    public record NewCard(String token, String brand, String last4, int expMonth, int expYear) {
    }

    private final Pool pool;
    private final AuditTrail audit;
    private final CurrentCaller current;

    PaymentMethods(@BillingDatabase.Billing Pool pool, AuditTrail audit, CurrentCaller current) {
        this.pool = pool;
        this.audit = audit;
        this.current = current;
    }

    public Future<Page<PaymentMethod>> list(long companyId, int offset, int limit) {
        return pool.preparedQuery(LIST).execute(Tuple.of(companyId, limit + 1, offset)).map(rows -> {
            List<PaymentMethod> methods = new ArrayList<>();
            rows.forEach(r -> methods.add(view(r)));
            return Page.of(methods, offset, limit);
        });
    }

    /** Saves a card; the company's first card becomes its default (and the card month close charges). */
    public Future<PaymentMethod> add(long companyId, NewCard card) {
        return pool.withTransaction(c -> lock(c, companyId)
                .compose(x -> c.preparedQuery(INSERT).execute(Tuple.of(companyId, card.token(), card.brand(),
                        card.last4(), card.expMonth(), card.expYear())))
                .compose(rows -> {
                    PaymentMethod added = view(rows.iterator().next());
                    return (added.isDefault()
                            ? c.preparedQuery(CARD_TOKEN).execute(Tuple.of(companyId, card.token())).<Void>mapEmpty()
                            : Future.<Void>succeededFuture())
                            .compose(x -> audit.record(c, companyId, current.get(), AuditAction.CARD_ADDED,
                                    "payment_method", added.id(), null, card(added)))
                            .map(added);
                }))
                .recover(failure -> Future.failedFuture(failure instanceof PgException pg
                        && "23505".equals(pg.getSqlState())
                        ? new Refusal(409, "Conflict", "token: this card is already saved") : failure));
    }

    /**
     * Removes a card. The default card goes only when it is the last one (then nothing is charged until a new card
     * is added); otherwise another card must be made the default first, so the charged card is always a choice.
     */
    public Future<Void> delete(long companyId, long id) {
        return pool.withTransaction(c -> lock(c, companyId).compose(x -> find(c, companyId, id)).compose(method -> {
            Future<Long> audited = audit.record(c, companyId, current.get(), AuditAction.CARD_REMOVED,
                    "payment_method", id, card(view(method)), null);
            if (!method.getBoolean("is_default")) {
                return audited.compose(x -> c.preparedQuery(DELETE).execute(Tuple.of(id))).mapEmpty();
            }
            return c.preparedQuery(OTHERS).execute(Tuple.of(companyId, id)).compose(others -> {
                if (others.iterator().next().getLong("others") > 0) {
                    return Future.failedFuture(new Refusal(409, "Conflict",
                            "This is the default card; make another card the default first"));
                }
                return audited.compose(x -> c.preparedQuery(DELETE).execute(Tuple.of(id)))
                        .compose(y -> c.preparedQuery(CARD_TOKEN).execute(Tuple.of(companyId).addValue(null)))
                        .mapEmpty();
            });
        }));
    }

    public Future<PaymentMethod> makeDefault(long companyId, long id) {
        return pool.withTransaction(c -> lock(c, companyId).compose(x -> find(c, companyId, id))
                .compose(method -> c.preparedQuery(CLEAR_DEFAULT).execute(Tuple.of(companyId))
                        .compose(y -> c.preparedQuery(SET_DEFAULT).execute(Tuple.of(id)))
                        .compose(y -> c.preparedQuery(CARD_TOKEN).execute(Tuple.of(companyId,
                                method.getString("token"))))
                        .compose(y -> audit.record(c, companyId, current.get(), AuditAction.DEFAULT_CARD_CHANGED,
                                "payment_method", id, null, card(view(method))))
                        .compose(y -> find(c, companyId, id)).map(PaymentMethods::view)));
    }

    private static Future<Void> lock(SqlConnection c, long companyId) {
        return c.preparedQuery(LOCK_COMPANY).execute(Tuple.of(companyId)).compose(rows -> rows.size() == 1
                ? Future.succeededFuture() : Future.failedFuture(new Refusal(404, "Not Found", "No such company")));
    }

    private static Future<Row> find(SqlConnection c, long companyId, long id) {
        return c.preparedQuery(ONE).execute(Tuple.of(id, companyId)).compose(rows -> rows.size() == 1
                ? Future.succeededFuture(rows.iterator().next())
                : Future.failedFuture(new Refusal(404, "Not Found", "No payment method " + id)));
    }

    /** What the audit log keeps of a card: never its token. */
    private static JsonObject card(PaymentMethod m) {
        return new JsonObject().put("brand", m.brand()).put("last4", m.last4()).put("expMonth", m.expMonth())
                .put("expYear", m.expYear());
    }

    private static PaymentMethod view(Row r) {
        return new PaymentMethod(r.getLong("id"), r.getString("brand"), r.getString("last4"),
                r.getInteger("exp_month"), r.getInteger("exp_year"), r.getBoolean("is_default"),
                r.getOffsetDateTime("created_at"));
    }
}
