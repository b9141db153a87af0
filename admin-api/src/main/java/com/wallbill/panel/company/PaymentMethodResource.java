package com.wallbill.panel.company;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wallbill.billing.app.SandboxPaymentProvider;
import com.wallbill.billing.payment.CardCharger;
import com.wallbill.panel.BodyProblems;
import com.wallbill.panel.FieldChecks;
import com.wallbill.panel.Page;
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
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The company's cards for automatic refunds. A card is added through the payment provider's token (the panel
 * hands the card number to the provider, never to Wallbill); brand, last four digits and expiry let people tell
 * cards apart.
 */
@Path(CompanyResource.PATH + "/payment-methods")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    private static final Pattern TOKEN = Pattern.compile("tok_[A-Za-z0-9_-]{1,200}");
    /** A run of digits as long as a card number: someone sent the card itself instead of its token. */
    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{12,}");
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");

    /** A card as the payment provider tokenised it: {@code token} starts with {@code tok_}. */
    public record NewPaymentMethod(String token, String brand, String last4, Integer expMonth, Integer expYear) {
    }

    /**
     * Which payment provider tokenises cards. {@code sandbox}: no money moves and the sandbox's {@code testCards}
     * (valid for three more years) are what can be added; any other provider's token comes from its own card form.
     */
    public record Provider(String provider, List<TestCard> testCards) {
    }

    public record TestCard(String token, String brand, String last4, int expMonth, int expYear, String outcome) {
    }

    private final PaymentMethods methods;
    private final CurrentCaller current;
    private final CardCharger charger;
    private final Clock clock = Clock.systemUTC();

    PaymentMethodResource(PaymentMethods methods, CurrentCaller current, CardCharger charger) {
        this.methods = methods;
        this.current = current;
        this.charger = charger;
    }

    @GET
    @Path("provider")
    public Provider provider() {
        current.get().company();
        if (!(charger instanceof SandboxPaymentProvider)) {
            return new Provider("external", List.of());
        }
        int expYear = YearMonth.now(clock).getYear() + 3;
        return new Provider("sandbox", SandboxPaymentProvider.TEST_CARDS.stream()
                .map(c -> new TestCard(c.token(), c.brand(), c.last4(), 12, expYear, c.outcome())).toList());
    }

    @GET
    public CompletionStage<Page<PaymentMethods.PaymentMethod>> list(@QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        long companyId = current.get().company();
        return methods.list(companyId, Page.offset(FieldChecks.integer(offset, "offset")),
                Page.limit(FieldChecks.integer(limit, "limit"))).toCompletionStage();
    }

    @POST
    public CompletionStage<Response> add(NewPaymentMethod body) {
        long companyId = current.get().company();
        return methods.add(companyId, card(body, YearMonth.now(clock)))
                .map(added -> Response.status(201).entity(added).build()).toCompletionStage();
    }

    @DELETE
    @Path("{id}")
    public CompletionStage<Response> delete(@PathParam("id") long id) {
        long companyId = current.get().company();
        return methods.delete(companyId, id).map(x -> Response.noContent().build()).toCompletionStage();
    }

    @PUT
    @Path("{id}/default")
    public CompletionStage<PaymentMethods.PaymentMethod> makeDefault(@PathParam("id") long id) {
        long companyId = current.get().company();
        return methods.makeDefault(companyId, id).toCompletionStage();
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return BodyProblems.unreadable(e);
    }

    static PaymentMethods.NewCard card(NewPaymentMethod body, YearMonth now) {
        FieldChecks.require(body != null, "body", "is required");
        FieldChecks.require(body.token() != null, "token", "is required (the payment provider's token, tok_...)");
        FieldChecks.require(!CARD_NUMBER.matcher(body.token()).find(), "token",
                "looks like a card number; send the payment provider's token, never the card number");
        FieldChecks.require(TOKEN.matcher(body.token()).matches(), "token",
                "must be a payment provider token: tok_ followed by letters, digits, _ or -");
        String brand = FieldChecks.text(body.brand(), "brand", 20);
        FieldChecks.require(body.last4() != null && LAST4.matcher(body.last4()).matches(), "last4",
                "must be the card's last four digits");
        FieldChecks.require(body.expMonth() != null && body.expMonth() >= 1 && body.expMonth() <= 12, "expMonth",
                "must be a month from 1 to 12");
        FieldChecks.require(body.expYear() != null && body.expYear() >= 2000 && body.expYear() <= now.getYear() + 30,
                "expYear", "must be a four-digit year");
        FieldChecks.require(!YearMonth.of(body.expYear(), body.expMonth()).isBefore(now), "expYear",
                "the card expired in " + YearMonth.of(body.expYear(), body.expMonth()));
        return new PaymentMethods.NewCard(body.token(), brand, body.last4(), body.expMonth(), body.expYear());
    }
}
