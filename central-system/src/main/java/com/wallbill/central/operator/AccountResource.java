package com.wallbill.central.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.iban.Iban;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.RateDefinitions;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Operator set-up of billing accounts: a company with its first rate and terms, an employee, a charger linked to
 * a company by its code. Enough to run Wallbill end to end before the business panel exists; the panel's API
 * uses the same {@link Accounts} service.
 */
@Path(OperatorPaths.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** A postal address; town and ISO country are required. */
    public record Address(String streetName, String buildingNumber, String postCode, String townName,
            String countryCode) {
    }

    /**
     * A company and its first (default) rate. {@code rate} has the golden-case shape: {@code {"type":"FLAT",
     * "currency":"EUR","weekday":{"pricePerKwh":"0.15"},"weekend":{"pricePerKwh":"0.10"}}} or HOURLY with slot
     * lists {@code [{"from":"00:00","to":"08:00","pricePerKwh":"0.09"},...]}.
     */
    public record NewCompany(String name, String taxId, Address address, String timeZone, String currency,
            BigDecimal refundPercent, PaymentType paymentType, Boolean autoActivate, String iban, String bic,
            String cardToken, String rateName, JsonNode rate) {
    }

    public record NewEmployee(String name, String email, String iban, Address address) {
    }

    public record NewLink(String companyCode, Long employeeId, String chargePointId) {
    }

    public record NewRate(String name, JsonNode rate) {
    }

    public record DefaultRate(Long rateId) {
    }

    public record CompanyTerms(BigDecimal refundPercent, PaymentType paymentType, Boolean autoActivate,
            Long defaultRateId) {
    }

    /** Overrides of one device; null fields use the company's value. {@code loggingActive} activates the device. */
    public record DeviceTerms(Boolean loggingActive, PaymentType paymentType, BigDecimal refundPercent, Long rateId) {
    }

    private final Accounts accounts;

    AccountResource(Accounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("companies")
    public CompletionStage<Accounts.CreatedCompany> createCompany(NewCompany body) {
        require(body != null, "body", "a company is required");
        require(body.name() != null && !body.name().isBlank(), "name", "is required");
        ZoneId zone = zone(body.timeZone());
        Currency currency = currency(body.currency());
        require(body.refundPercent() != null && body.refundPercent().signum() >= 0
                && body.refundPercent().compareTo(BigDecimal.valueOf(100)) <= 0, "refundPercent",
                "must be between 0 and 100");
        require(body.paymentType() != null, "paymentType", "must be AUTOMATIC or MANUAL");
        require(body.rate() != null, "rate", "the company's first (default) rate is required");
        Tariff tariff = RateDefinitions.parse(body.rate());
        require(tariff.currency().equals(currency), "rate.currency", "must be the company's currency " + currency);
        String iban = body.iban() == null ? null : Iban.parse(body.iban()).value();
        return accounts.createCompany(new Accounts.NewCompany(body.name().strip(), body.taxId(), address(body.address()),
                zone, currency, iban, body.bic(), body.cardToken()),
                new Accounts.Terms(body.refundPercent(), body.paymentType(), !Boolean.FALSE.equals(body.autoActivate())),
                body.rateName() == null ? "Default" : body.rateName(), tariff, Instant.now()).toCompletionStage();
    }

    @POST
    @Path("employees")
    public CompletionStage<Map<String, Long>> createEmployee(NewEmployee body) {
        require(body != null && body.name() != null && !body.name().isBlank(), "name", "is required");
        String iban = body.iban() == null ? null : Iban.parse(body.iban()).value();
        return accounts.createEmployee(new Accounts.NewEmployee(body.name().strip(), body.email(), iban,
                address(body.address()))).map(id -> Map.of("id", id)).toCompletionStage();
    }

    @POST
    @Path("links")
    public CompletionStage<Map<String, Long>> link(NewLink body) {
        require(body != null && body.companyCode() != null, "companyCode", "is required");
        require(body.employeeId() != null, "employeeId", "is required");
        require(body.chargePointId() != null && !body.chargePointId().isBlank(), "chargePointId", "is required");
        return accounts.link(body.companyCode().strip().toUpperCase(java.util.Locale.ROOT), body.employeeId(),
                body.chargePointId(), Instant.now()).map(id -> Map.of("id", id)).toCompletionStage();
    }

    @POST
    @Path("companies/{companyId}/rates")
    public CompletionStage<Map<String, Long>> createRate(@PathParam("companyId") long companyId, NewRate body) {
        require(body != null && body.name() != null && !body.name().isBlank(), "name", "is required");
        require(body.rate() != null, "rate", "is required");
        return accounts.createRate(companyId, body.name().strip(), RateDefinitions.parse(body.rate()), Instant.now())
                .map(id -> Map.of("id", id)).toCompletionStage();
    }

    /** A new version of the rate, for sessions starting from now; costed sessions keep theirs. */
    @PUT
    @Path("companies/{companyId}/rates/{rateId}")
    public CompletionStage<Map<String, Long>> editRate(@PathParam("companyId") long companyId,
            @PathParam("rateId") long rateId, NewRate body) {
        require(body != null && body.rate() != null, "rate", "is required");
        return accounts.editRate(companyId, rateId, RateDefinitions.parse(body.rate()), Instant.now())
                .map(version -> Map.of("versionId", version)).toCompletionStage();
    }

    @DELETE
    @Path("companies/{companyId}/rates/{rateId}")
    public CompletionStage<Response> deleteRate(@PathParam("companyId") long companyId,
            @PathParam("rateId") long rateId) {
        return accounts.deleteRate(companyId, rateId, Instant.now()).map(x -> Response.noContent().build())
                .toCompletionStage();
    }

    @PUT
    @Path("companies/{companyId}/default-rate")
    public CompletionStage<Response> makeDefault(@PathParam("companyId") long companyId, DefaultRate body) {
        require(body != null && body.rateId() != null, "rateId", "is required");
        return accounts.makeDefault(companyId, body.rateId(), Instant.now()).map(x -> Response.noContent().build())
                .toCompletionStage();
    }

    @PUT
    @Path("companies/{companyId}/terms")
    public CompletionStage<Response> setTerms(@PathParam("companyId") long companyId, CompanyTerms body) {
        require(body != null && body.refundPercent() != null && body.refundPercent().signum() >= 0
                && body.refundPercent().compareTo(BigDecimal.valueOf(100)) <= 0, "refundPercent",
                "must be between 0 and 100");
        require(body.paymentType() != null, "paymentType", "must be AUTOMATIC or MANUAL");
        require(body.autoActivate() != null, "autoActivate", "is required");
        require(body.defaultRateId() != null, "defaultRateId", "is required");
        return accounts.setTerms(companyId, new Accounts.Terms(body.refundPercent(), body.paymentType(),
                body.autoActivate()), body.defaultRateId(), Instant.now()).map(x -> Response.noContent().build())
                .toCompletionStage();
    }

    @PUT
    @Path("links/{linkId}/terms")
    public CompletionStage<Response> setDeviceTerms(@PathParam("linkId") long linkId, DeviceTerms body) {
        require(body != null && body.loggingActive() != null, "loggingActive", "is required");
        require(body.refundPercent() == null || (body.refundPercent().signum() >= 0
                && body.refundPercent().compareTo(BigDecimal.valueOf(100)) <= 0), "refundPercent",
                "must be between 0 and 100");
        return accounts.setDeviceTerms(linkId, new Accounts.DeviceTerms(body.loggingActive(), body.paymentType(),
                body.refundPercent(), body.rateId()), Instant.now()).map(x -> Response.noContent().build())
                .toCompletionStage();
    }

    private static PostalAddress address(Address a) {
        return a == null ? null : new PostalAddress(a.streetName(), a.buildingNumber(), a.postCode(), a.townName(),
                a.countryCode());
    }

    private static ZoneId zone(String id) {
        require(id != null, "timeZone", "is required (an IANA zone such as Europe/Madrid)");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone: unknown time zone " + id);
        }
    }

    private static Currency currency(String code) {
        require(code != null, "currency", "is required (ISO 4217, e.g. EUR)");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: unknown currency " + code);
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }
}
