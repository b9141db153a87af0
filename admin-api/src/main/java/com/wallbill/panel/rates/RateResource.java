package com.wallbill.panel.rates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wallbill.billing.session.RegisterReading;
import com.wallbill.panel.BodyProblems;
import com.wallbill.panel.FieldChecks;
import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The company's rates: flat or hourly, weekday and weekend prices. Edits are new versions from now; the default
 * rate and rates assigned to devices cannot be deleted. The quote prices readings exactly as a session would be.
 */
@Path(PanelPaths.ROOT + "/rates")
@Produces(MediaType.APPLICATION_JSON)
public class RateResource {

    static final int MAX_READINGS = 10_000;

    /**
     * {@code rate}: {@code {"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.15"},"weekend":{"pricePerKwh":
     * "0.10"}}}, or HOURLY with slot lists per day type {@code [{"from":"00:00","to":"08:00","pricePerKwh":"0.09"},
     * ...]} covering 00:00 to 24:00; in the company's currency. On edit, {@code name} may be left out.
     */
    public record RateInput(String name, JsonNode rate) {
    }

    /** A register reading: {@code timestamp} ISO-8601 with offset (2026-09-16T19:00:00Z), {@code wh} the register. */
    public record ReadingInput(String timestamp, BigDecimal wh) {
    }

    /**
     * Either {@code rateId} (one of the company's rates) or an inline {@code rate}; with neither, the default rate.
     * {@code timeZone} and {@code refundPercent} default to the company's. At most 10,000 readings.
     */
    public record QuoteRequest(Long rateId, JsonNode rate, String timeZone, BigDecimal refundPercent,
            List<ReadingInput> readings) {
    }

    private final Rates rates;
    private final Quotes quotes;
    private final CurrentCaller current;

    RateResource(Rates rates, Quotes quotes, CurrentCaller current) {
        this.rates = rates;
        this.quotes = quotes;
        this.current = current;
    }

    @GET
    public CompletionStage<Page<Rates.RateView>> list(@QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        long companyId = current.get().company();
        return rates.list(companyId, Page.offset(FieldChecks.integer(offset, "offset")),
                Page.limit(FieldChecks.integer(limit, "limit"))).toCompletionStage();
    }

    @GET
    @Path("{id}")
    public CompletionStage<Rates.RateView> get(@PathParam("id") long id) {
        return rates.get(current.get().company(), id).toCompletionStage();
    }

    @POST
    public CompletionStage<Response> create(RateInput body) {
        long companyId = current.get().company();
        FieldChecks.require(body != null, "body", "is required");
        String name = FieldChecks.text(body.name(), "name", 100);
        return rates.create(companyId, name, RateShape.parse(body.rate()))
                .map(rate -> Response.status(201).entity(rate).build()).toCompletionStage();
    }

    /** A new version of the rate for sessions starting from now; sessions already costed keep theirs. */
    @PUT
    @Path("{id}")
    public CompletionStage<Rates.RateView> edit(@PathParam("id") long id, RateInput body) {
        long companyId = current.get().company();
        FieldChecks.require(body != null, "body", "is required");
        String name = FieldChecks.optionalText(body.name(), "name", 100);
        return rates.edit(companyId, id, name, RateShape.parse(body.rate())).toCompletionStage();
    }

    @DELETE
    @Path("{id}")
    public CompletionStage<Response> delete(@PathParam("id") long id) {
        return rates.delete(current.get().company(), id).map(x -> Response.noContent().build()).toCompletionStage();
    }

    @PUT
    @Path("{id}/default")
    public CompletionStage<Rates.RateView> makeDefault(@PathParam("id") long id) {
        return rates.makeDefault(current.get().company(), id).toCompletionStage();
    }

    @POST
    @Path("quote")
    public CompletionStage<Quotes.Quote> quote(QuoteRequest body) {
        long companyId = current.get().company();
        return quotes.quote(companyId, request(body)).toCompletionStage();
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return BodyProblems.unreadable(e);
    }

    static Quotes.Request request(QuoteRequest body) {
        FieldChecks.require(body != null, "body", "is required");
        boolean inline = body.rate() != null && !body.rate().isNull();
        FieldChecks.require(!(inline && body.rateId() != null), "rate", "give either rateId or rate, not both");
        FieldChecks.require(body.readings() != null && !body.readings().isEmpty(), "readings",
                "at least one reading {timestamp, wh} is required");
        FieldChecks.require(body.readings().size() <= MAX_READINGS, "readings",
                "at most " + MAX_READINGS + " readings, got " + body.readings().size());
        List<RegisterReading> readings = new ArrayList<>(body.readings().size());
        for (int i = 0; i < body.readings().size(); i++) {
            readings.add(reading(body.readings().get(i), "readings[" + i + "]"));
        }
        return new Quotes.Request(body.rateId(), inline ? RateShape.parse(body.rate()) : null,
                body.timeZone() == null ? null : FieldChecks.zone(body.timeZone(), "timeZone"),
                body.refundPercent() == null ? null : FieldChecks.percent(body.refundPercent(), "refundPercent"),
                readings);
    }

    private static RegisterReading reading(ReadingInput input, String field) {
        FieldChecks.require(input != null, field, "is required");
        FieldChecks.require(input.timestamp() != null, field + ".timestamp", "is required");
        Instant at;
        try {
            at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(input.timestamp(), Instant::from);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + ".timestamp: must be an ISO-8601 date-time with offset, "
                    + "e.g. 2026-09-16T19:00:00Z");
        }
        FieldChecks.require(input.wh() != null, field + ".wh", "is required");
        FieldChecks.require(input.wh().signum() >= 0, field + ".wh", "must not be negative");
        return new RegisterReading(at, input.wh());
    }
}
