package com.wallbill.panel.company;

import com.wallbill.billing.app.Accounts;
import com.wallbill.panel.audit.AuditTrail;
import com.wallbill.panel.auth.CurrentCaller;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.statement.PaymentType;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The company's billing configuration (refund percentage, payment type, auto-activation, default rate). Changes
 * are new effective-dated terms through {@link Accounts}, valid from now: sessions already started keep theirs.
 */
@ApplicationScoped
public class CompanySettings {

    private static final String CURRENT = """
            SELECT t.refund_percent, t.payment_type, t.auto_activate, t.default_rate_id, t.valid_from, r.name
            FROM company_terms t JOIN rate r ON r.id = t.default_rate_id
            WHERE t.company_id = $1 ORDER BY t.valid_from DESC LIMIT 1""";

    public record Settings(BigDecimal refundPercent, PaymentType paymentType, boolean autoActivate,
            long defaultRateId, String defaultRateName, OffsetDateTime validFrom) {
    }

    /** Requested changes; null fields keep their current value. */
    public record Changes(BigDecimal refundPercent, PaymentType paymentType, Boolean autoActivate,
            Long defaultRateId) {
    }

    private final Pool pool;
    private final Accounts accounts;
    private final CurrentCaller current;
    private final Clock clock = Clock.systemUTC();

    CompanySettings(@BillingDatabase.Billing Pool pool, Accounts accounts, CurrentCaller current) {
        this.pool = pool;
        this.accounts = accounts;
        this.current = current;
    }

    public Future<Settings> get(long companyId) {
        return pool.preparedQuery(CURRENT).execute(Tuple.of(companyId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No such company");
            }
            Row r = rows.iterator().next();
            return new Settings(r.getBigDecimal("refund_percent"), PaymentType.valueOf(r.getString("payment_type")),
                    r.getBoolean("auto_activate"), r.getLong("default_rate_id"), r.getString("name"),
                    r.getOffsetDateTime("valid_from"));
        });
    }

    public Future<Settings> update(long companyId, Changes changes) {
        return get(companyId).compose(now -> {
            long rateId = changes.defaultRateId() == null ? now.defaultRateId() : changes.defaultRateId();
            Accounts.Terms terms = new Accounts.Terms(
                    changes.refundPercent() == null ? now.refundPercent() : changes.refundPercent(),
                    changes.paymentType() == null ? now.paymentType() : changes.paymentType(),
                    changes.autoActivate() == null ? now.autoActivate() : changes.autoActivate());
            return accounts.setTerms(companyId, terms, rateId, clock.instant(), AuditTrail.actor(current.get()))
                    // Accounts refuses a rate that is not a live rate of this company: for the caller it does not exist.
                    .recover(failure -> Future.failedFuture(failure instanceof IllegalArgumentException
                            ? new Refusal(404, "Not Found", "defaultRateId: no rate " + rateId) : failure));
        }).compose(x -> get(companyId));
    }
}
