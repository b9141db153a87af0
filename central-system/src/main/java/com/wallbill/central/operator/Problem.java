package com.wallbill.central.operator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wallbill.panel.BodyProblems;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 7807 problem response body. {@code field}, when the detail starts with one ("email: ..."), names the
 * request field at fault, as the web panel needs to put the message next to its input; absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, BodyProblems.field(detail))).build();
    }

    /** Thrown by resources to answer with a problem response. */
    public static final class Failure extends RuntimeException {
        private final int status;
        private final String title;

        public Failure(int status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
        }

        public Response toResponse() {
            return response(status, title, getMessage());
        }
    }
}
