package com.wallbill.panel.auth;

import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.company.CompanyResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every panel request but the account endpoints (register, verify, login, reset) needs a live bearer token; the
 * caller it belongs to is then available as {@link CurrentCaller}. Chosen over cookies: the panel and scripts use
 * the same header, and without ambient credentials there is no cross-site request to forge.
 */
public class PanelAuthentication {

    private final PanelAccounts accounts;
    private final CurrentCaller current;

    PanelAuthentication(PanelAccounts accounts, CurrentCaller current) {
        this.accounts = accounts;
        this.current = current;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext context, HttpServerRequest request) {
        String path = request.path();
        if (!path.startsWith(PanelPaths.ROOT + "/") || isPublic(path)) {
            return Uni.createFrom().nullItem();
        }
        String token = bearer(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            return Uni.createFrom().item(unauthorized());
        }
        return Uni.createFrom().completionStage(accounts.caller(token).toCompletionStage()).map(caller -> {
            if (caller.isEmpty()) {
                return unauthorized();
            }
            current.set(caller.get());
            return null;
        });
    }

    /** The bearer token of an Authorization header, or null. */
    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static boolean isPublic(String path) {
        return path.startsWith(PanelPaths.AUTH + "/") && !path.equals(PanelPaths.AUTH + "/logout")
                || path.equals(CompanyResource.VERIFY_BILLING_EMAIL);
    }

    private static Response unauthorized() {
        return Response.status(401).type("application/problem+json").header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"Log in first: send Authorization: Bearer <token>\"}").build();
    }
}
