package com.wallbill.central.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * Charger text as PostgreSQL can store it. Neither text nor jsonb can hold U+0000 (jsonb refuses even the
 * {@code \u0000} escape), which would fail a charger's message on every retry; a NUL is kept as the visible text
 * {@code \u0000} instead.
 */
public final class PgText {

    private static final String NUL = "\u0000";
    private static final String NUL_SHOWN = "\\u0000";

    private PgText() {
    }

    /** For a text column (the journal's raw frame). */
    public static String text(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace(NUL, NUL_SHOWN);
    }

    /** For a jsonb column. */
    public static String json(JsonNode node) {
        String text = node.toString();
        // Jackson writes a NUL as this escape; an escaped backslash before "u0000" also matches, and is left alone.
        return text.contains(NUL_SHOWN) ? withoutNul(node).toString() : text;
    }

    private static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(text(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(text(field.getKey()), withoutNul(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> copy.add(withoutNul(element)));
            return copy;
        }
        return node;
    }
}
