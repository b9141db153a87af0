package com.wallbill.central.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * JSON text for a {@code jsonb} column. PostgreSQL's jsonb cannot hold U+0000 and refuses the {@code \u0000}
 * escape, which would fail a charger's message on every retry; a NUL in its strings is kept as the visible text
 * {@code \u0000} instead, as the journal keeps a raw one.
 */
public final class Jsonb {

    private static final String NUL = "\u0000";
    private static final String NUL_SHOWN = "\\u0000";

    private Jsonb() {
    }

    public static String text(JsonNode node) {
        String text = node.toString();
        // Jackson writes a NUL as this escape; an escaped backslash before "u0000" also matches, and is left alone.
        return text.contains(NUL_SHOWN) ? withoutNul(node).toString() : text;
    }

    private static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.textValue().replace(NUL, NUL_SHOWN));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(field.getKey().replace(NUL, NUL_SHOWN), withoutNul(field.getValue()));
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
