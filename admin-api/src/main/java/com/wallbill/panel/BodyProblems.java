package com.wallbill.panel;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem responses (RFC 7807) for request bodies that cannot even be read into the request's shape: a word where
 * a number belongs, an unknown enum value. The detail names the field by its path ({@code readings[3].wh}), like
 * every other validation error of the panel. {@link #field} reads that name back for the optional {@code field}
 * member, which lets the web panel show the message next to the input concerned.
 */
public final class BodyProblems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** A detail that starts with a field's path and a colon: {@code address.townName: is required}. */
    private static final Pattern FIELD = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])*): ");

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
        String field = field(detail);
        if (field != null) {
            body.put("field", field);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    /**
     * The field a problem's detail is about, or null: panel validation errors start with the field's path
     * ({@link FieldChecks}), any other detail (a sentence) names none.
     */
    public static String field(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = FIELD.matcher(detail);
        return m.find() ? m.group(1) : null;
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
