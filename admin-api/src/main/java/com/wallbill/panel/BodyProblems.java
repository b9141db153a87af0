package com.wallbill.panel;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problem responses (RFC 7807) for request bodies that cannot even be read into the request's shape: a word where
 * a number belongs, an unknown enum value. The detail names the field by its path ({@code readings[3].wh}), like
 * every other validation error of the panel.
 */
public final class BodyProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private BodyProblems() {
    }

    public static Response unreadable(JsonMappingException e) {
        String field = path(e);
        return problem(400, "Bad Request", (field.isEmpty() ? "body" : field) + ": "
                + (e.getPath().isEmpty() ? "is not valid JSON of the expected shape" : "has the wrong type or value"));
    }

    public static Response problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
