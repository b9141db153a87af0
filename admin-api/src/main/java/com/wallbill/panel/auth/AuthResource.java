package com.wallbill.panel.auth;

import com.wallbill.panel.PanelPaths;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Accounts of the business panel and the employees' pages: register, verify, log in and out, reset passwords. */
@Path(PanelPaths.AUTH)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** A company's first admin and the company itself. */
    public record CompanyRegistration(String email, String password, String companyName, String timeZone,
            String currency) {
    }

    public record EmployeeRegistration(String email, String password, String name) {
    }

    public record Credentials(String email, String password) {
    }

    public record ResetRequest(String email) {
    }

    public record NewPassword(String token, String password) {
    }

    private final PanelAccounts accounts;
    private final AttemptLimiter limiter;

    AuthResource(PanelAccounts accounts, AttemptLimiter limiter) {
        this.accounts = accounts;
        this.limiter = limiter;
    }

    @POST
    @Path("register-company")
    public CompletionStage<Response> registerCompany(CompanyRegistration body, @Context HttpServerRequest request) {
        require(body != null, "body", "is required");
        limiter.attempt(client(request), null);
        require(body.companyName() != null && !body.companyName().isBlank(), "companyName", "is required");
        ZoneId zone = zone(body.timeZone() == null ? "Europe/Madrid" : body.timeZone());
        Currency currency = currency(body.currency() == null ? "EUR" : body.currency());
        return accounts.registerCompany(body.email(), body.password(), body.companyName().strip(), zone, currency)
                .map(r -> Response.status(201).entity(Map.of("userId", r.userId(), "email", r.email(),
                        "next", "Follow the link sent to " + r.email() + " to verify it, then log in")).build())
                .toCompletionStage();
    }

    @POST
    @Path("register-employee")
    public CompletionStage<Response> registerEmployee(EmployeeRegistration body, @Context HttpServerRequest request) {
        require(body != null, "body", "is required");
        limiter.attempt(client(request), null);
        require(body.name() != null && !body.name().isBlank(), "name", "is required");
        return accounts.registerEmployee(body.email(), body.password(), body.name().strip())
                .map(r -> Response.status(201).entity(Map.of("userId", r.userId(), "email", r.email(),
                        "next", "Follow the link sent to " + r.email() + " to verify it, then log in")).build())
                .toCompletionStage();
    }

    @GET
    @Path("verify")
    public CompletionStage<Map<String, Object>> verify(@QueryParam("token") String token) {
        require(token != null && !token.isBlank(), "token", "is required");
        return accounts.verify(token).map(x -> Map.<String, Object>of("verified", true)).toCompletionStage();
    }

    @POST
    @Path("login")
    public CompletionStage<PanelAccounts.Login> login(Credentials body, @Context HttpServerRequest request) {
        require(body != null && body.email() != null, "email", "is required");
        limiter.attempt(client(request), body.email());
        return accounts.login(body.email(), body.password()).toCompletionStage();
    }

    @POST
    @Path("logout")
    public CompletionStage<Response> logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = PanelAuthentication.bearer(authorization);
        require(token != null, "Authorization", "a bearer token is required");
        return accounts.logout(token).map(x -> Response.noContent().build()).toCompletionStage();
    }

    @POST
    @Path("password-reset")
    public CompletionStage<Response> requestReset(ResetRequest body, @Context HttpServerRequest request) {
        require(body != null && body.email() != null, "email", "is required");
        limiter.attempt(client(request), body.email());
        return accounts.requestReset(body.email()).map(x -> Response.accepted(Map.of("next",
                "If an account has this address, a reset link is on its way")).build()).toCompletionStage();
    }

    @POST
    @Path("password-reset/confirm")
    public CompletionStage<Response> confirmReset(NewPassword body) {
        require(body != null && body.token() != null, "token", "is required");
        return accounts.confirmReset(body.token(), body.password()).map(x -> Response.noContent().build())
                .toCompletionStage();
    }

    private static String client(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone: unknown time zone " + id);
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: unknown currency " + code);
        }
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }
}
