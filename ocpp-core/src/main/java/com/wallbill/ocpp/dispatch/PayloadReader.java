package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.wallbill.ocpp.common.JsonText;
import com.wallbill.ocpp.common.Timestamps;
import com.wallbill.ocpp.common.WireEnum;
import com.wallbill.ocpp.dispatch.RecordSchema.Field;
import com.wallbill.ocpp.dispatch.RecordSchema.Kind;
import com.wallbill.ocpp.dispatch.RecordSchema.Rule;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.ocpp.rpc.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a JSON payload into its message record in one walk of the tree: every value is checked against the
 * record's {@link RecordSchema} and converted as it is visited, and each record is built by its canonical
 * constructor once its components are read. Throws {@link OcppValidationException} at the first problem, naming
 * the field path. Which condition gets which {@link Violation} is fixed here and nowhere else.
 *
 * <p>Values are the ones Jackson bound when it did this after a separate validation: decimals are the tree's own
 * {@link BigDecimal}s (exact, trailing zeros kept), free-form JSON is copied by the mapper's {@link JsonNode}
 * reader, 2.0.1 {@code customData} is checked and dropped. Lists are unmodifiable.
 */
final class PayloadReader {

    private static final String CUSTOM_DATA = "customData";
    private static final int MAX_RENDERED = 60;
    /** Guards against numbers like 1e999999999 that are valid JSON but would blow up arithmetic later. */
    private static final int MAX_DECIMAL_SCALE = 18;
    private static final int MAX_DECIMAL_INTEGER_DIGITS = 18;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,50}");

    /** Copies free-form values as databind did when it bound them as {@link JsonNode} components. */
    private final ObjectReader freeForm;

    PayloadReader(ObjectMapper mapper) {
        this.freeForm = mapper.readerFor(JsonNode.class);
    }

    /** The payload as a {@code type} record. */
    <T> T read(JsonNode payload, Class<T> type) {
        return type.cast(walk(payload, type, true));
    }

    /** Checks the payload exactly as {@link #read} does, building nothing. */
    void validate(JsonNode payload, Class<?> type) {
        walk(payload, type, false);
    }

    private Object walk(JsonNode payload, Class<?> type, boolean bind) {
        if (payload == null || !payload.isObject()) {
            throw new OcppValidationException(Violation.WRONG_STRUCTURE, "",
                    "payload must be a JSON object, got " + describe(payload));
        }
        RecordSchema schema = RecordSchema.of(type);
        try {
            return object(payload, schema, schema.allowsCustomData(), bind);
        } catch (Problem problem) {
            throw problem.withPath();
        }
    }

    /** The record, or null when only validating. */
    private Object object(JsonNode node, RecordSchema schema, boolean customData, boolean bind) {
        List<Field> fields = schema.fields();
        // first each present field's node, in component order; then, in place, its value
        Object[] components = new Object[fields.size()];
        Iterator<Map.Entry<String, JsonNode>> properties = node.fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            Field field = schema.field(property.getKey());
            if (field != null) {
                components[field.index()] = property.getValue();
            } else {
                notAField(property.getKey(), property.getValue(), schema, customData);
            }
        }
        for (int i = 0; i < components.length; i++) {
            Field field = fields.get(i);
            JsonNode value = (JsonNode) components[i];
            if (value == null) {
                if (field.required()) {
                    throw new Problem(Violation.REQUIRED_MISSING, "required field is missing").in(field.name());
                }
                continue;
            }
            try {
                components[i] = value(value, field.rule(), customData, bind);
            } catch (Problem problem) {
                throw problem.in(field.name());
            }
        }
        return bind ? schema.construct(components) : null;
    }

    /** Accepts a 2.0.1 customData object, rejects anything else. */
    private static void notAField(String name, JsonNode value, RecordSchema schema, boolean customData) {
        if (customData && CUSTOM_DATA.equals(name)) {
            if (!value.isObject()) {
                throw new Problem(Violation.WRONG_TYPE, "expected an object, got " + describe(value)).in(name);
            }
            return;
        }
        String shown = PLAIN_NAME.matcher(name).matches() ? name : render(JsonText.textNode(name));
        throw new Problem(Violation.WRONG_STRUCTURE, "property is not defined for " + schema.displayName())
                .in(shown);
    }

    private Object value(JsonNode node, Rule rule, boolean customData, boolean bind) {
        return switch (rule.kind()) {
            case STRING -> string(node, rule);
            case INTEGER, LONG -> integer(node, rule);
            case DECIMAL -> decimal(node, rule);
            case BOOLEAN -> {
                expect(node.isBoolean(), "a boolean", node);
                yield node.booleanValue();
            }
            case INSTANT -> instant(node);
            case ENUM -> constant(node, rule);
            case LIST -> list(node, rule, customData, bind);
            case RECORD -> {
                expect(node.isObject(), "an object", node);
                yield object(node, RecordSchema.of(rule.type()), customData, bind);
            }
            // free-form (DataTransfer data, charging profiles passed through): any JSON value
            case JSON -> bind ? copy(node) : null;
        };
    }

    private static String string(JsonNode node, Rule rule) {
        expect(node.isTextual(), "a string", node);
        String text = node.textValue();
        // a string has no more code points than chars, so only a long one needs counting
        if (text.length() > rule.maxLength()) {
            int length = text.codePointCount(0, text.length());
            if (length > rule.maxLength()) {
                throw new Problem(Violation.BAD_VALUE,
                        "length " + length + " exceeds the maximum of " + rule.maxLength());
            }
        }
        return text;
    }

    private static Object integer(JsonNode node, Rule rule) {
        expect(node.isIntegralNumber(), "an integer", node);
        boolean isInt = rule.kind() == Kind.INTEGER;
        if (isInt ? !node.canConvertToInt() : !node.canConvertToLong()) {
            throw new Problem(Violation.BAD_VALUE, render(node) + " is out of range");
        }
        // it fits a long, so comparing longs is comparing the exact values
        long value = node.longValue();
        if (rule.min() != Long.MIN_VALUE && value < rule.min()) {
            throw belowMinimum(node, rule);
        }
        if (rule.max() != Long.MAX_VALUE && value > rule.max()) {
            throw aboveMaximum(node, rule);
        }
        return isInt ? (Object) (int) value : (Object) value;
    }

    private static Object decimal(JsonNode node, Rule rule) {
        expect(node.isNumber(), "a number", node);
        BigDecimal value = node.decimalValue();
        if (Math.abs(value.scale()) > MAX_DECIMAL_SCALE
                || value.precision() - value.scale() > MAX_DECIMAL_INTEGER_DIGITS) {
            throw new Problem(Violation.BAD_VALUE, "number is outside the supported range");
        }
        if (rule.lowest() != null && value.compareTo(rule.lowest()) < 0) {
            throw belowMinimum(node, rule);
        }
        if (rule.highest() != null && value.compareTo(rule.highest()) > 0) {
            throw aboveMaximum(node, rule);
        }
        return rule.type() == BigDecimal.class ? value : (Object) node.doubleValue();
    }

    private static Instant instant(JsonNode node) {
        expect(node.isTextual(), "a date-time string", node);
        try {
            return Timestamps.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new Problem(Violation.BAD_VALUE, render(node) + " is not a valid date-time");
        }
    }

    private static WireEnum constant(JsonNode node, Rule rule) {
        expect(node.isTextual(), "a string", node);
        WireEnum constant = rule.constants().get(node.textValue());
        if (constant == null) {
            throw new Problem(Violation.BAD_VALUE, render(node) + " is not one of " + rule.constants().keySet());
        }
        return constant;
    }

    /** The unmodifiable list, or null when only validating. */
    private List<Object> list(JsonNode node, Rule rule, boolean customData, boolean bind) {
        expect(node.isArray(), "an array", node);
        int size = node.size();
        if (size < rule.minItems()) {
            throw new Problem(Violation.ARRAY_SIZE,
                    "array has " + size + " elements, at least " + rule.minItems() + " required");
        }
        if (size > rule.maxItems()) {
            throw new Problem(Violation.ARRAY_SIZE,
                    "array has " + size + " elements, at most " + rule.maxItems() + " allowed");
        }
        Object[] elements = bind ? new Object[size] : null;
        for (int i = 0; i < size; i++) {
            Object element;
            try {
                element = value(node.get(i), rule.element(), customData, bind);
            } catch (Problem problem) {
                throw problem.at(i);
            }
            if (bind) {
                elements[i] = element;
            }
        }
        return bind ? List.of(elements) : null;
    }

    private JsonNode copy(JsonNode node) {
        try {
            return freeForm.readValue(node);
        } catch (IOException e) {
            throw new IllegalStateException("Free-form JSON did not copy", e);
        }
    }

    private static Problem belowMinimum(JsonNode node, Rule rule) {
        return new Problem(Violation.BAD_VALUE, render(node) + " is below the minimum of " + rule.min());
    }

    private static Problem aboveMaximum(JsonNode node, Rule rule) {
        return new Problem(Violation.BAD_VALUE, render(node) + " is above the maximum of " + rule.max());
    }

    private static void expect(boolean ok, String expected, JsonNode node) {
        if (!ok) {
            throw new Problem(Violation.WRONG_TYPE, "expected " + expected + ", got " + describe(node));
        }
    }

    private static String render(JsonNode node) {
        return JsonText.render(node, MAX_RENDERED);
    }

    private static String describe(JsonNode node) {
        return JsonText.describe(node);
    }

    /**
     * A violation on its way up to {@link #walk}: each object and list it passes adds its part of the field path,
     * so that a path is only built for a payload that fails. No stack trace: it never leaves this class.
     */
    private static final class Problem extends RuntimeException {

        private final Violation violation;
        /** Field names and list indexes (Integers), innermost first. */
        private final List<Object> path = new ArrayList<>();

        Problem(Violation violation, String problem) {
            super(problem, null, false, false);
            this.violation = violation;
        }

        Problem in(String field) {
            path.add(field);
            return this;
        }

        Problem at(int index) {
            path.add(index);
            return this;
        }

        /** E.g. {@code meterValue[0].sampledValue[1].phase}. */
        OcppValidationException withPath() {
            StringBuilder out = new StringBuilder();
            for (int i = path.size() - 1; i >= 0; i--) {
                Object part = path.get(i);
                if (part instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    if (i < path.size() - 1) {
                        out.append('.');
                    }
                    out.append(part);
                }
            }
            return new OcppValidationException(violation, out.toString(), getMessage());
        }
    }
}
