package com.wallbill.central.operator;

import com.wallbill.billing.app.BillingScheduler;
import com.wallbill.billing.app.Invoices;
import com.wallbill.billing.app.MonthClose;
import com.wallbill.billing.app.Statements;
import com.wallbill.billing.app.TransferFiles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Operator view of billing: a company's monthly statement, closing a month by hand, the invoice and the SEPA
 * transfer file, marking manual lines paid, reviewing flagged sessions. (The business panel's company-scoped
 * API builds on the same services.)
 */
@Path(OperatorPaths.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    public record CloseResult(long statementId, boolean closedNow) {
    }

    public record MarkPaid(String by) {
    }

    public record ReviewDecision(Statements.Review decision, String by) {
    }

    private final Statements statements;
    private final MonthClose monthClose;
    private final Invoices invoices;
    private final TransferFiles transferFiles;

    BillingResource(Statements statements, MonthClose monthClose, Invoices invoices, TransferFiles transferFiles) {
        this.statements = statements;
        this.monthClose = monthClose;
        this.invoices = invoices;
        this.transferFiles = transferFiles;
    }

    @GET
    @Path("companies/{companyId}/statements/{month}")
    public CompletionStage<Statements.StatementView> statement(@PathParam("companyId") long companyId,
            @PathParam("month") String month) {
        return statements.find(companyId, month(month)).toCompletionStage();
    }

    @POST
    @Path("companies/{companyId}/statements/{month}/close")
    public CompletionStage<CloseResult> close(@PathParam("companyId") long companyId,
            @PathParam("month") String month) {
        return monthClose.close(companyId, month(month)).map(c -> new CloseResult(c.statementId(), c.closedNow()))
                .toCompletionStage();
    }

    @GET
    @Path("companies/{companyId}/statements/{month}/invoice")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public CompletionStage<Response> invoice(@PathParam("companyId") long companyId, @PathParam("month") String month) {
        return invoices.find(companyId, month(month)).map(found -> found
                .map(i -> Response.ok(i.pdf(), "application/pdf").header("Content-Disposition",
                        "attachment; filename=\"invoice-" + i.number() + ".pdf\"").build())
                .orElseGet(() -> Problem.response(404, "Not Found", "No invoice for " + month
                        + " (a month is invoiced when it closes with billed lines)")))
                .toCompletionStage();
    }

    @GET
    @Path("companies/{companyId}/statements/{month}/sepa")
    @Produces({"application/xml", MediaType.APPLICATION_JSON})
    public CompletionStage<Response> sepa(@PathParam("companyId") long companyId, @PathParam("month") String month) {
        YearMonth m = month(month);
        return transferFiles.pendingManualRefunds(companyId, m).map(xml -> Response.ok(xml, "application/xml")
                .header("Content-Disposition", "attachment; filename=\"refunds-" + m + ".xml\"").build())
                .toCompletionStage();
    }

    @POST
    @Path("companies/{companyId}/statement-lines/{lineId}/complete")
    public CompletionStage<Response> markPaid(@PathParam("companyId") long companyId,
            @PathParam("lineId") long lineId, MarkPaid body) {
        if (body == null || body.by() == null || body.by().isBlank()) {
            throw new IllegalArgumentException("by: who marks the line paid is required");
        }
        return statements.markPaid(companyId, lineId, body.by(), Instant.now())
                .map(x -> Response.noContent().build()).toCompletionStage();
    }

    @POST
    @Path("companies/{companyId}/sessions/{sessionId}/review")
    public CompletionStage<Response> review(@PathParam("companyId") long companyId,
            @PathParam("sessionId") long sessionId, ReviewDecision body) {
        if (body == null || body.decision() == null || body.by() == null || body.by().isBlank()) {
            throw new IllegalArgumentException("decision (ACCEPTED or EXCLUDED) and by are required");
        }
        return statements.review(companyId, sessionId, body.decision(), body.by())
                .map(x -> Response.noContent().build()).toCompletionStage();
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must look like 2026-11, got " + month);
        }
    }

    /** Runs the billing clock once (sweep, due closes, due payments), as the scheduler does. */
    @Path(OperatorPaths.ROOT + "/billing")
    public static class Run {

        private final BillingScheduler scheduler;

        Run(BillingScheduler scheduler) {
            this.scheduler = scheduler;
        }

        @POST
        @Path("run")
        @Produces(MediaType.APPLICATION_JSON)
        public CompletionStage<Map<String, String>> run() {
            return scheduler.runOnce().map(x -> Map.of("status", "done")).toCompletionStage();
        }
    }
}
