package com.wallbill.panel.billing;

import static com.wallbill.panel.sessions.SheetResponses.await;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Invoices;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.app.Statements;
import com.wallbill.billing.app.TransferFiles;
import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.Caller;
import com.wallbill.panel.auth.CurrentCaller;
import com.wallbill.panel.billing.BillingViews.LineRow;
import com.wallbill.panel.billing.BillingViews.MonthRow;
import com.wallbill.panel.billing.BillingViews.MonthSummary;
import com.wallbill.panel.sessions.CompanyZone;
import com.wallbill.panel.sessions.QueryArgs;
import com.wallbill.panel.sessions.SheetResponses;
import com.wallbill.panel.sessions.SqlArgs;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.sqlclient.Pool;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.CompletionStage;

/**
 * The company's monthly statements: the months, a month's summary and lines, marking manual lines paid, and the
 * month's documents (invoice PDF, SEPA transfer file of the pending manual refunds, the lines as Excel).
 */
@Path(PanelPaths.ROOT + "/billing")
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    private static final String PROBLEM = "application/problem+json";

    private final MonthStatements months;
    private final Statements statements;
    private final Invoices invoices;
    private final TransferFiles transferFiles;
    private final SheetResponses sheets;
    private final CurrentCaller current;
    private final Pool pool;
    private final Clock clock = Clock.systemUTC();

    BillingResource(MonthStatements months, Statements statements, Invoices invoices, TransferFiles transferFiles,
            SheetResponses sheets, CurrentCaller current, @BillingDatabase.Billing Pool pool) {
        this.months = months;
        this.statements = statements;
        this.invoices = invoices;
        this.transferFiles = transferFiles;
        this.sheets = sheets;
        this.current = current;
        this.pool = pool;
    }

    /** The company's statements, newest month first; an open month's totals are summed from its sessions now. */
    @GET
    @Path("months")
    public CompletionStage<Page<MonthRow>> months(@QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        long company = current.get().company();
        return months.months(company, Page.offset(offset), Page.limit(limit)).toCompletionStage();
    }

    @GET
    @Path("months/{month}")
    public CompletionStage<MonthSummary> month(@PathParam("month") String month) {
        long company = current.get().company();
        return months.summary(company, QueryArgs.month(month)).toCompletionStage();
    }

    /**
     * The month's lines by employee and device. {@code deviceId} matches charge point ids by prefix; {@code search}
     * lines whose device id starts with it or whose employee's name contains it (ignoring case); an open month's
     * lines are all IN_PROGRESS and have no id yet.
     */
    @GET
    @Path("months/{month}/lines")
    public CompletionStage<Page<LineRow>> lines(@PathParam("month") String month,
            @QueryParam("deviceId") String deviceId, @QueryParam("employeeId") String employeeId,
            @QueryParam("paymentType") String paymentType, @QueryParam("status") String status,
            @QueryParam("search") String search, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        long company = current.get().company();
        YearMonth m = QueryArgs.month(month);
        LineFilter filter = LineFilter.parse(deviceId, employeeId, paymentType, status, search);
        int o = Page.offset(offset);
        int l = Page.limit(limit);
        return months.statement(company, m).compose(s -> months.lines(s, filter, o, l)).toCompletionStage();
    }

    /** The lines with the same filters as an Excel sheet, with a totals row. */
    @GET
    @Path("months/{month}/lines.xlsx")
    @Blocking
    @Produces(SheetResponses.XLSX)
    public Response linesSheet(@PathParam("month") String month, @QueryParam("deviceId") String deviceId,
            @QueryParam("employeeId") String employeeId, @QueryParam("paymentType") String paymentType,
            @QueryParam("status") String status, @QueryParam("search") String search,
            @Context HttpServerRequest request) {
        long company = current.get().company();
        YearMonth m = QueryArgs.month(month);
        LineFilter filter = LineFilter.parse(deviceId, employeeId, paymentType, status, search);
        MonthStatements.Statement statement = await(months.statement(company, m));
        ZoneId zone = await(CompanyZone.of(pool, company)).zone();
        SqlArgs args = new SqlArgs();
        String sql = months.lines(statement, filter, args);
        return sheets.xlsx(request, "statement-" + m + ".xlsx", "Statement " + m,
                LineSheet.columns(statement.currency()), zone, sql, args.tuple(), new LineSheet());
    }

    /** Marks a MANUAL line paid by transfer, as the caller; 409 for an automatic line or one already paid. */
    @POST
    @Path("lines/{lineId}/complete")
    public CompletionStage<LineRow> complete(@PathParam("lineId") String lineId) {
        Caller caller = current.get();
        long company = caller.company();
        long line = QueryArgs.pathId(lineId);
        return statements.markPaid(company, line, caller.email(), clock.instant())
                .compose(x -> months.line(company, line)).toCompletionStage();
    }

    @GET
    @Path("months/{month}/invoice")
    @Produces({"application/pdf", PROBLEM})
    public CompletionStage<Response> invoice(@PathParam("month") String month) {
        long company = current.get().company();
        YearMonth m = QueryArgs.month(month);
        return invoices.find(company, m).map(found -> found
                .map(i -> Response.ok(i.pdf(), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"invoice-" + i.number() + ".pdf\"")
                        .build())
                .orElseThrow(() -> new Refusal(404, "Not Found",
                        "No invoice for " + m + " (a month is invoiced when it closes with billed lines)")))
                .toCompletionStage();
    }

    /** pain.001.001.09 of the closed month's pending manual refunds; 409 while the month is open or none is pending. */
    @GET
    @Path("months/{month}/sepa")
    @Produces({"application/xml", PROBLEM})
    public CompletionStage<Response> sepa(@PathParam("month") String month) {
        long company = current.get().company();
        YearMonth m = QueryArgs.month(month);
        return transferFiles.pendingManualRefunds(company, m)
                .map(xml -> Response.ok(xml, "application/xml")
                        .header("Content-Disposition", "attachment; filename=\"refunds-" + m + ".xml\"").build())
                .toCompletionStage();
    }
}
