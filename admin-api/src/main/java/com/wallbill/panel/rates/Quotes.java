package com.wallbill.panel.rates;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.costing.CostedSession;
import com.wallbill.billing.costing.SessionCoster;
import com.wallbill.billing.costing.SlotCharge;
import com.wallbill.billing.rate.DayType;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/**
 * What a session would cost: priced by {@link SessionCoster}, the very function that prices real sessions, with
 * the same energy rules and data-quality flags. Nothing is stored.
 */
@ApplicationScoped
public class Quotes {

    private static final String COMPANY_DEFAULTS = """
            SELECT c.time_zone, t.refund_percent, t.default_rate_id FROM company c
            JOIN LATERAL (SELECT refund_percent, default_rate_id FROM company_terms WHERE company_id = c.id
                          ORDER BY valid_from DESC LIMIT 1) t ON true
            WHERE c.id = $1""";

    /** One price slot's share: energy to the milli-Wh, amount to six decimals, before the session's one rounding. */
    public record QuoteLine(DayType dayType, String from, String to, BigDecimal pricePerKwh, BigDecimal energyWh,
            BigDecimal amount) {
    }

    /**
     * {@code cost} and {@code refund} are rounded to the currency's minor unit; {@code costExact} is the unrounded
     * sum of the lines; {@code rateId} is null for an inline rate; {@code flags} name what a reviewer would question.
     */
    public record Quote(BigDecimal energyWh, BigDecimal cost, BigDecimal costExact, BigDecimal refundPercent,
            BigDecimal refund, String currency, String timeZone, Long rateId, List<QuoteLine> breakdown,
            List<String> flags) {
    }

    /** Validated quote input; null rate, zone or percentage means the company's own. */
    public record Request(Long rateId, Tariff rate, ZoneId timeZone, BigDecimal refundPercent,
            List<RegisterReading> readings) {
    }

    private final Pool pool;
    private final Rates rates;
    private final Vertx vertx;

    Quotes(@BillingDatabase.Billing Pool pool, Rates rates, Vertx vertx) {
        this.pool = pool;
        this.rates = rates;
        this.vertx = vertx;
    }

    public Future<Quote> quote(long companyId, Request request) {
        return pool.preparedQuery(COMPANY_DEFAULTS).execute(Tuple.of(companyId)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Refusal(404, "Not Found", "No such company"));
            }
            Row company = rows.iterator().next();
            ZoneId zone = request.timeZone() != null ? request.timeZone() : ZoneId.of(company.getString("time_zone"));
            BigDecimal percent = request.refundPercent() != null ? request.refundPercent()
                    : company.getBigDecimal("refund_percent");
            Long rateId = request.rate() != null ? null
                    : request.rateId() != null ? request.rateId() : company.getLong("default_rate_id");
            Future<Tariff> tariff = rateId == null ? Future.succeededFuture(request.rate())
                    : rates.currentTariff(companyId, rateId);
            // Up to 10,000 readings of exact rational arithmetic: off the event loop.
            return tariff.compose(t -> vertx.executeBlocking(
                    () -> quote(SessionCoster.cost(t, zone, request.readings(), percent), zone, rateId), false));
        });
    }

    private static Quote quote(CostedSession costed, ZoneId zone, Long rateId) {
        List<QuoteLine> lines = costed.breakdown().stream().map(Quotes::line).toList();
        List<String> flags = new TreeSet<>(costed.flags().stream().map(Enum::name).toList()).stream().toList();
        return new Quote(costed.energyWh(), costed.cost().amount(), costed.costExact(), costed.refundPercent(),
                costed.refund().amount(), costed.cost().currency().getCurrencyCode(), zone.getId(), rateId, lines,
                flags);
    }

    private static QuoteLine line(SlotCharge charge) {
        return new QuoteLine(charge.dayType(), charge.slot().from(), charge.slot().to(),
                charge.slot().pricePerKwh(), charge.energyWh(), charge.amount());
    }
}
