package com.wallbill.panel.sessions;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.panel.Page;
import com.wallbill.panel.sessions.SessionViews.SessionRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns the list's parameters into a {@link SessionFilter} and reads pages of it. */
@ApplicationScoped
public class SessionSearch {

    /** The raw parameters, as the list and the export take them. */
    public record Params(String deviceId, String employeeId, String search, String from, String to) {
    }

    /** A page and the cursor that continues it (null at the end). */
    public record Found(Page<SessionRow> page, SessionSort.Cursor next) {
    }

    private final Pool pool;

    SessionSearch(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    /**
     * The filter of the company's sessions. Dates are the company's local dates, so its zone is read only when a
     * bound is a date; a device search becomes the list of the company's matching devices.
     */
    public Future<SessionFilter> filter(long companyId, Params params) {
        Long employee = QueryArgs.optionalId("employeeId", params.employeeId());
        String device = QueryArgs.optionalText(params.deviceId());
        String text = QueryArgs.optionalText(params.search());
        QueryArgs.instantOrDate("from", params.from(), ZoneId.of("UTC"), false); // malformed values fail first
        QueryArgs.instantOrDate("to", params.to(), ZoneId.of("UTC"), true);
        boolean dates = isDate(params.from()) || isDate(params.to());
        Future<ZoneId> zone = dates ? CompanyZone.of(pool, companyId).map(CompanyZone::zone)
                : Future.succeededFuture(ZoneId.of("UTC"));
        Future<List<String>> devices = device == null ? Future.succeededFuture(null)
                : pool.preparedQuery(SessionSql.devices()).execute(SessionSql.devicesArgs(companyId, device))
                        .map(rows -> {
                            if (rows.size() > SessionSql.MAX_DEVICES) {
                                throw new IllegalArgumentException("deviceId: matches more than "
                                        + SessionSql.MAX_DEVICES + " devices; type more of the id");
                            }
                            List<String> ids = new ArrayList<>();
                            rows.forEach(r -> ids.add(r.getString(0)));
                            return ids;
                        });
        Future<SessionFilter.Search> search = text == null ? Future.succeededFuture(null)
                : pool.preparedQuery(SessionSql.SEARCH).execute(Tuple.of(companyId, text, SessionSql.MAX_DEVICES + 1))
                        .map(rows -> search(rows.iterator().next()));
        return Future.all(zone, devices, search).map(x -> {
            Instant from = QueryArgs.instantOrDate("from", params.from(), zone.result(), false);
            Instant to = QueryArgs.instantOrDate("to", params.to(), zone.result(), true);
            return new SessionFilter(companyId, devices.result(), employee, search.result(), from, to);
        });
    }

    private static SessionFilter.Search search(Row row) {
        List<String> devices = Arrays.asList(row.getArrayOfStrings("devices"));
        List<Long> employees = Arrays.asList(row.getArrayOfLongs("employees"));
        if (devices.size() > SessionSql.MAX_DEVICES || employees.size() > SessionSql.MAX_DEVICES) {
            throw new IllegalArgumentException("search: matches more than " + SessionSql.MAX_DEVICES
                    + " devices or employees; type more of it");
        }
        return new SessionFilter.Search(devices, employees);
    }

    public Future<Found> page(SessionFilter filter, SessionSort sort, SessionSort.Cursor after, int offset,
            int limit) {
        if (filter.matchesNothing()) {
            return Future.succeededFuture(new Found(new Page<>(List.of(), offset, limit, null), null));
        }
        SqlArgs args = new SqlArgs();
        String sql = SessionSql.page(filter, sort, after, offset, limit, args);
        return pool.preparedQuery(sql).execute(args.tuple()).map(rows -> found(rows, sort, offset, limit));
    }

    /** The query fetched one row past the limit: its presence says whether another page exists. */
    private static Found found(RowSet<Row> rows, SessionSort sort, int offset, int limit) {
        List<SessionRow> items = new ArrayList<>();
        Row lastShown = null;
        boolean more = false;
        for (Row row : rows) {
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(SessionViews.row(row));
            lastShown = row;
        }
        return new Found(new Page<>(items, offset, limit, more ? offset + limit : null),
                more ? sort.cursorAfter(lastShown) : null);
    }

    private static boolean isDate(String value) {
        return value != null && value.strip().length() == 10;
    }
}
