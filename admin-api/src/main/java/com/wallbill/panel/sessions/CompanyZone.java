package com.wallbill.panel.sessions;

import com.wallbill.billing.app.Refusal;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneId;

/** A company's time zone and currency: dates in filters and exports are the company's local dates. */
public record CompanyZone(ZoneId zone, String currency) {

    private static final String COMPANY = "SELECT time_zone, currency FROM company WHERE id = $1";

    public static Future<CompanyZone> of(Pool pool, long companyId) {
        return pool.preparedQuery(COMPANY).execute(Tuple.of(companyId)).compose(rows -> rows.size() == 0
                ? Future.failedFuture(new Refusal(404, "Not Found", "No such company"))
                : Future.succeededFuture(new CompanyZone(ZoneId.of(rows.iterator().next().getString("time_zone")),
                        rows.iterator().next().getString("currency").strip())));
    }
}
