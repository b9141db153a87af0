package com.wallbill.panel.company;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wallbill.billing.iban.Bic;
import com.wallbill.billing.iban.Iban;
import com.wallbill.panel.BodyProblems;
import com.wallbill.panel.FieldChecks;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The admin's company: its data, billing e-mail verification, and the code employees link chargers with. */
@Path(CompanyResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    public static final String PATH = PanelPaths.ROOT + "/company";
    /** Opened from a mail, without a login: the token in the link is the credential. */
    public static final String VERIFY_BILLING_EMAIL = PATH + "/billing-email/verify";

    /**
     * The company's data, replaced as a whole (absent optional fields are cleared). {@code currency} can change
     * only while no session has been costed. {@code iban}/{@code bic}: the account SEPA transfer files are drawn
     * on. A {@code billingEmail} other than the admin's login address is verified by a mailed link before use.
     */
    public record CompanyUpdate(String name, String taxId, Address address, String timeZone, String currency,
            String billingEmail, String iban, String bic) {
    }

    public record CompanyCode(String code) {
    }

    private final CompanyProfiles profiles;
    private final CurrentCaller current;

    CompanyResource(CompanyProfiles profiles, CurrentCaller current) {
        this.profiles = profiles;
        this.current = current;
    }

    @GET
    public CompletionStage<CompanyProfiles.CompanyView> get() {
        return profiles.get(current.get().company()).toCompletionStage();
    }

    @PUT
    public CompletionStage<CompanyProfiles.CompanyView> update(CompanyUpdate body) {
        var caller = current.get();
        caller.company();
        return profiles.update(caller, changes(body)).toCompletionStage();
    }

    /** The code employees type to link their chargers to this company (made at registration, never guessable). */
    @GET
    @Path("code")
    public CompletionStage<CompanyCode> code() {
        return profiles.code(current.get().company()).map(CompanyCode::new).toCompletionStage();
    }

    /** Mails a new link to the billing e-mail that is waiting for verification. */
    @POST
    @Path("billing-email/verification")
    public CompletionStage<Response> resendVerification() {
        var caller = current.get();
        caller.company();
        return profiles.resendVerification(caller).map(x -> Response.accepted(Map.of("next",
                "Follow the link sent to the billing e-mail to verify it")).build()).toCompletionStage();
    }

    @GET
    @Path("billing-email/verify")
    public CompletionStage<Map<String, Object>> verify(@QueryParam("token") String token) {
        FieldChecks.require(token != null && !token.isBlank(), "token", "is required");
        return profiles.verify(token).map(address -> Map.<String, Object>of("billingEmail", address,
                "billingEmailVerified", true)).toCompletionStage();
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return BodyProblems.unreadable(e);
    }

    static CompanyProfiles.Changes changes(CompanyUpdate body) {
        FieldChecks.require(body != null, "body", "is required");
        String iban = null;
        if (body.iban() != null && !body.iban().isBlank()) {
            try {
                iban = Iban.parse(body.iban()).value();
            } catch (IllegalArgumentException e) {
                throw FieldChecks.about("iban", e);
            }
        }
        String bic = null;
        if (body.bic() != null && !body.bic().isBlank()) {
            try {
                bic = Bic.parse(body.bic()).value();
            } catch (IllegalArgumentException e) {
                throw FieldChecks.about("bic", e);
            }
        }
        return new CompanyProfiles.Changes(FieldChecks.text(body.name(), "name", 70),
                FieldChecks.optionalText(body.taxId(), "taxId", 35),
                body.address() == null ? null : body.address().toPostal("address"),
                FieldChecks.zone(body.timeZone(), "timeZone"), FieldChecks.currency(body.currency(), "currency"),
                body.billingEmail() == null || body.billingEmail().isBlank() ? null
                        : FieldChecks.email(body.billingEmail(), "billingEmail"),
                iban, bic);
    }
}
