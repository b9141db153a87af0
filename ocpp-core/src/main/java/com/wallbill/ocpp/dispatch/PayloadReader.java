package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.wallbill.ocpp.common.AllowsCustomData;
import com.wallbill.ocpp.common.JsonText;
import com.wallbill.ocpp.common.Timestamps;
import com.wallbill.ocpp.common.WireEnum;
import com.wallbill.ocpp.dispatch.RecordSchema.Field;
import com.wallbill.ocpp.dispatch.RecordSchema.Rule;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.ocpp.rpc.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
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
        Package pkg = type.getPackage();
        boolean customData = pkg != null && pkg.isAnnotationPresent(AllowsCustomData.class);
        return object(payload, RecordSchema.of(type), null, customData, bind);
    }

    /** The record, or null when only validating. */
    private Object object(JsonNode node, RecordSchema schema, Path path, boolean customData, boolean bind) {
        Iterator<Map.Entry<String, JsonNode>> properties = node.fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            if (schema.field(name) != null) {
                continue;
            }
            if (customData && CUSTOM_DATA.equals(name)) {
                if (!property.getValue().isObject()) {
                    throw fail(Violation.WRONG_TYPE, Path.field(path, name),
                            "expected an object, got " + describe(property.getValue()));
                }
                continue;
            }
            String shown = PLAIN_NAME.matcher(name).matches() ? name : render(JsonText.textNode(name));
            throw fail(Violation.WRONG_STRUCTURE, Path.field(path, shown),
                    "property is not defined for " + schema.displayName());
        }
        List<Field> fields = schema.fields();
        Object[] components = bind ? new Object[fields.size()] : null;
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            JsonNode value = node.get(field.name());
            if (value == null) {
                if (field.required()) {
                    throw fail(Violation.REQUIRED_MISSING, Path.field(path, field.name()),
                            "required field is missing");
                }
                continue;
            }
            Object component = value(value, field.rule(), Path.field(path, field.name()), customData, bind);
            if (bind) {
                components[i] = component;
            }
        }
        return bind ? schema.construct(components) : null;
    }

    private Object value(JsonNode node, Rule rule, Path path, boolean customData, boolean bind) {
        return switch (rule.kind()) {
            case STRING -> string(node, rule, path);
            case INTEGER, LONG -> integer(node, rule, path);
            case DECIMAL -> decimal(node, rule, path);
            case BOOLEAN -> {
                expect(node.isBoolean(), "a boolean", node, path);
                yield node.booleanValue();
            }
            case INSTANT -> instant(node, path);
            case ENUM -> constant(node, rule, path);
            case LIST -> list(node, rule, path, customData, bind);
            case RECORD -> {
                expect(node.isObject(), "an object", node, path);
                yield object(node, RecordSchema.of(rule.type()), path, customData, bind);
            }
            // free-form (DataTransfer data, charging profiles passed through): any JSON value
            case JSON -> bind ? copy(node) : null;
        };
    }

    private static String string(JsonNode node, Rule rule, Path path) {
        expect(node.isTextual(), "a string", node, path);
        int length = node.textValue().codePointCount(0, node.textValue().length());
        if (length > rule.maxLength()) {
            throw fail(Violation.BAD_VALUE, path, "length " + length + " exceeds the maximum of " + rule.maxLength());
        }
        return node.textValue();
    }

    private static Object integer(JsonNode node, Rule rule, Path path) {
        expect(node.isIntegralNumber(), "an integer", node, path);
        boolean isInt = rule.kind() == RecordSchema.Kind.INTEGER;
        if (isInt ? !node.canConvertToInt() : !node.canConvertToLong()) {
            throw fail(Violation.BAD_VALUE, path, render(node) + " is out of range");
        }
        range(node.decimalValue(), rule, node, path);
        return isInt ? (Object) node.intValue() : (Object) node.longValue();
    }

    private static Object decimal(JsonNode node, Rule rule, Path path) {
        expect(node.isNumber(), "a number", node, path);
        BigDecimal value = node.decimalValue();
        if (Math.abs(value.scale()) > MAX_DECIMAL_SCALE
                || value.precision() - value.scale() > MAX_DECIMAL_INTEGER_DIGITS) {
            throw fail(Violation.BAD_VALUE, path, "number is outside the supported range");
        }
        range(value, rule, node, path);
        return rule.type() == BigDecimal.class ? value : (Object) node.doubleValue();
    }

    private static Instant instant(JsonNode node, Path path) {
        expect(node.isTextual(), "a date-time string", node, path);
        return Timestamps.tryParse(node.textValue()).orElseThrow(() ->
                fail(Violation.BAD_VALUE, path, render(node) + " is not a valid date-time"));
    }

    private static WireEnum constant(JsonNode node, Rule rule, Path path) {
        expect(node.isTextual(), "a string", node, path);
        Map<String, ? extends WireEnum> byWire = WireEnum.byWire(rule.type());
        WireEnum constant = byWire.get(node.textValue());
        if (constant == null) {
            throw fail(Violation.BAD_VALUE, path, render(node) + " is not one of " + byWire.keySet());
        }
        return constant;
    }

    /** The unmodifiable list, or null when only validating. */
    private List<Object> list(JsonNode node, Rule rule, Path path, boolean customData, boolean bind) {
        expect(node.isArray(), "an array", node, path);
        int size = node.size();
        if (size < rule.minItems()) {
            throw fail(Violation.ARRAY_SIZE, path,
                    "array has " + size + " elements, at least " + rule.minItems() + " required");
        }
        if (size > rule.maxItems()) {
            throw fail(Violation.ARRAY_SIZE, path,
                    "array has " + size + " elements, at most " + rule.maxItems() + " allowed");
        }
        Object[] elements = bind ? new Object[size] : null;
        for (int i = 0; i < size; i++) {
            Object element = value(node.get(i), rule.element(), Path.index(path, i), customData, bind);
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

    private static void range(BigDecimal value, Rule rule, JsonNode node, Path path) {
        if (rule.min() != Long.MIN_VALUE && value.compareTo(BigDecimal.valueOf(rule.min())) < 0) {
            throw fail(Violation.BAD_VALUE, path, render(node) + " is below the minimum of " + rule.min());
        }
        if (rule.max() != Long.MAX_VALUE && value.compareTo(BigDecimal.valueOf(rule.max())) > 0) {
            throw fail(Violation.BAD_VALUE, path, render(node) + " is above the maximum of " + rule.max());
        }
    }

    private static void expect(boolean ok, String expected, JsonNode node, Path path) {
        if (!ok) {
            throw fail(Violation.WRONG_TYPE, path, "expected " + expected + ", got " + describe(node));
        }
    }

    private static OcppValidationException fail(Violation violation, Path path, String problem) {
        return new OcppValidationException(violation, path == null ? "" : path.toString(), problem);
    }

    private static String render(JsonNode node) {
        return JsonText.render(node, MAX_RENDERED);
    }

    private static String describe(JsonNode node) {
        return JsonText.describe(node);
    }

    /** Field path built only as far as needed; rendered only when something fails. */
    private record Path(Path parent, String name, int index) {

        static Path field(Path parent, String name) {
            return new Path(parent, name, -1);
        }

        static Path index(Path parent, int index) {
            return new Path(parent, null, index);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            append(out);
            return out.toString();
        }

        private void append(StringBuilder out) {
            if (parent != null) {
                parent.append(out);
            }
            if (name == null) {
                out.append('[').append(index).append(']');
            } else {
                if (parent != null) {
                    out.append('.');
                }
                out.append(name);
            }
        }
    }
}
