package com.wallbill.panel.company;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.BodyProblems;
import com.wallbill.panel.FieldChecks;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The company's billing configuration; every change is valid from now and never re-prices a costed session. */
@Path(CompanyResource.PATH + "/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    /**
     * Fields left out (or null) keep their value. {@code refundPercent}: 0 to 100, two decimals at most;
     * {@code paymentType}: AUTOMATIC (card charge and payouts) or MANUAL (SEPA file); {@code autoActivate}: new
     * chargers are billed as soon as they are linked; {@code defaultRateId}: one of the company's rates.
     */
    public record SettingsUpdate(BigDecimal refundPercent, PaymentType paymentType, Boolean autoActivate,
            Long defaultRateId) {
    }

    private final CompanySettings settings;
    private final CurrentCaller current;

    SettingsResource(CompanySettings settings, CurrentCaller current) {
        this.settings = settings;
        this.current = current;
    }

    @GET
    public CompletionStage<CompanySettings.Settings> get() {
        return settings.get(current.get().company()).toCompletionStage();
    }

    @PUT
    public CompletionStage<CompanySettings.Settings> update(SettingsUpdate body) {
        long companyId = current.get().company();
        FieldChecks.require(body != null, "body", "is required");
        if (body.refundPercent() != null) {
            FieldChecks.percent(body.refundPercent(), "refundPercent");
        }
        return settings.update(companyId, new CompanySettings.Changes(body.refundPercent(), body.paymentType(),
                body.autoActivate(), body.defaultRateId())).toCompletionStage();
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return BodyProblems.unreadable(e);
    }
}
