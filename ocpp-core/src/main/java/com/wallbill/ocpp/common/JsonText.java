package com.wallbill.ocpp.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Locale;

/** Safe wording about received JSON for error descriptions and logs. */
public final class JsonText {

    private JsonText() {
    }

    /** Names the JSON type of a node ("a string", "an integer", "null"...), never its content. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a decimal number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The node as encoded JSON text (strings quoted and escaped), cut after {@code max} characters. */
    public static String render(JsonNode node, int max) {
        String json = node.toString();
        return json.length() <= max ? json : json.substring(0, max) + "...";
    }

    /** A string as a JSON text node, to {@link #render} it encoded. */
    public static JsonNode textNode(String text) {
        return JsonNodeFactory.instance.textNode(text);
    }
}
