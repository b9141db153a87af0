package com.wallbill.central.operator;

import com.wallbill.central.config.WallbillConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The operator API is for the CSMS operator only: a bearer token from configuration guards it. */
public class OperatorAuthentication {

    private final byte[] token;

    public OperatorAuthentication(WallbillConfig config) {
        this.token = config.operator().token().getBytes(StandardCharsets.UTF_8);
    }

    @ServerRequestFilter
    public Response check(HttpServerRequest request) {
        if (!request.path().startsWith(OperatorPaths.ROOT)) {
            return null;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorized("A bearer token is required");
        }
        byte[] presented = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, presented)) {
            return unauthorized("Invalid token");
        }
        return null;
    }

    private static Response unauthorized(String detail) {
        Response problem = Problem.response(401, "Unauthorized", detail);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"wallbill-operator\"").build();
    }
}
