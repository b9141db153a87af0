package com.wallbill.panel.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.app.Statements;
import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import com.wallbill.panel.sessions.SessionViews.Costing;
import com.wallbill.panel.sessions.SessionViews.Reading;
import com.wallbill.panel.sessions.SessionViews.SessionDetail;
import com.wallbill.panel.sessions.SessionViews.SessionReadings;
import com.wallbill.panel.sessions.SessionViews.SessionRow;
import com.wallbill.panel.sessions.SessionViews.SlotCharge;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The company's charging sessions: every billable costed session (sessions of a charger linked with logging
 * inactive, or linked to no company, are not billed and not shown: the company chose not to record them).
 */
@Path(PanelPaths.ROOT + "/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** An admin's decision on a flagged session. */
    public record ReviewRequest(String decision) {
    }

    private final SessionSearch search;
    private final Statements statements;
    private final CurrentCaller current;
    private final Pool pool;
    private final ObjectMapper json;

    SessionsResource(SessionSearch search, Statements statements, CurrentCaller current,
            @BillingDatabase.Billing Pool pool, ObjectMapper json) {
        this.search = search;
        this.statements = statements;
        this.current = current;
        this.pool = pool;
        this.json = json;
    }

    /**
     * A page of sessions, newest stop first unless {@code sort} says otherwise. Deep pages: follow the
     * {@code Link: <...>; rel="next"} header, whose {@code after} cursor costs what a first page costs, where a
     * large {@code offset} walks the skipped entries of an index (with {@code after}, {@code offset} only numbers
     * the page). {@code deviceId} matches charge point ids by prefix; {@code search} keeps the sessions of a device
     * whose id starts with it or of an employee whose name contains it (ignoring case); {@code from}/{@code to} are
     * dates in the company's zone (whole days, both included) or instants (to excluded), on the session's stop.
     */
    @GET
    public CompletionStage<RestResponse<Page<SessionRow>>> list(@QueryParam("deviceId") String deviceId,
            @QueryParam("employeeId") String employeeId, @QueryParam("search") String text,
            @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort, @QueryParam("after") String after,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context UriInfo uri) {
        long company = current.get().company();
        int o = Page.offset(offset);
        int l = Page.limit(limit);
        SessionSort order = SessionSort.parse(sort);
        SessionSort.Cursor cursor = QueryArgs.optionalText(after) == null ? null
                : SessionSort.Cursor.decode(after.strip(), order);
        return search.filter(company, new SessionSearch.Params(deviceId, employeeId, text, from, to))
                .compose(filter -> search.page(filter, order, cursor, o, l))
                .map(found -> {
                    RestResponse.ResponseBuilder<Page<SessionRow>> response = RestResponse.ResponseBuilder
                            .ok(found.page());
                    if (found.next() != null) {
                        response.header("Link", "<" + uri.getRequestUriBuilder()
                                .replaceQueryParam("after", found.next().encode())
                                .replaceQueryParam("offset", found.page().next()).build() + ">; rel=\"next\"");
                    }
                    return response.build();
                }).toCompletionStage();
    }

    @GET
    @Path("{id}")
    public CompletionStage<SessionDetail> get(@PathParam("id") String id) {
        return detail(current.get().company(), QueryArgs.pathId(id)).toCompletionStage();
    }

    /** The session's meter readings, for the panel to draw its energy and power curve. */
    @GET
    @Path("{id}/readings")
    public CompletionStage<SessionReadings> readings(@PathParam("id") String id) {
        long company = current.get().company();
        long session = QueryArgs.pathId(id);
        return pool.preparedQuery(SessionSql.OWNED).execute(Tuple.of(session, company)).compose(owned -> {
            if (owned.size() == 0) {
                throw new Refusal(404, "Not Found", "No session " + session);
            }
            return pool.preparedQuery(SessionSql.READINGS).execute(Tuple.of(session, SessionSql.MAX_READINGS));
        }).map(rows -> {
            List<Reading> readings = new ArrayList<>();
            long total = 0;
            for (Row r : rows) {
                total = r.getLong("total");
                readings.add(new Reading(r.getOffsetDateTime("sampled_at"),
                        SessionViews.kwh(r.getBigDecimal("register_wh")), r.getString("context")));
            }
            return new SessionReadings(session, total, readings);
        }).toCompletionStage();
    }

    /**
     * Accepts or excludes a session (flagged ones wait for this as NEEDS_REVIEW). After its month closed, the
     * closed month stays as it was and the change is an adjustment line in the open month.
     */
    @POST
    @Path("{id}/review")
    public CompletionStage<SessionDetail> review(@PathParam("id") String id, ReviewRequest body) {
        var caller = current.get();
        long company = caller.company();
        long session = QueryArgs.pathId(id);
        String decision = QueryArgs.choice("decision", body == null ? null : body.decision(), "ACCEPTED", "EXCLUDED");
        if (decision == null) {
            throw new IllegalArgumentException("decision: is required (ACCEPTED or EXCLUDED)");
        }
        return detail(company, session)
                .compose(x -> statements.review(company, session, Statements.Review.valueOf(decision), caller.email()))
                .compose(x -> detail(company, session)).toCompletionStage();
    }

    private Future<SessionDetail> detail(long company, long session) {
        return pool.preparedQuery(SessionSql.DETAIL).execute(Tuple.of(session, company)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No session " + session);
            }
            Row r = rows.iterator().next();
            Costing costing = new Costing(r.getLong("rate_id"), r.getString("rate_name"), r.getLong("rate_version_id"),
                    r.getString("rate_type"), r.getString("payment_type"), r.getBigDecimal("refund_percent"),
                    r.getBigDecimal("cost_exact"), slots(r.getString("breakdown")));
            return new SessionDetail(SessionViews.row(r), r.getInteger("evse_id"), r.getInteger("connector_id"),
                    costing, r.getLong("line_id"), r.getString("reviewed_by"), r.getOffsetDateTime("reviewed_at"));
        });
    }

    private List<SlotCharge> slots(String breakdown) {
        List<SlotCharge> slots = new ArrayList<>();
        if (breakdown == null) {
            return slots;
        }
        try {
            for (JsonNode slot : json.readTree(breakdown)) {
                slots.add(new SlotCharge(slot.path("dayType").asText(), slot.path("from").asText(),
                        slot.path("to").asText(), new BigDecimal(slot.path("pricePerKwh").asText()),
                        SessionViews.kwh(new BigDecimal(slot.path("energyWh").asText())),
                        new BigDecimal(slot.path("amount").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return slots;
    }
}
