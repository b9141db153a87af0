package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@link PayloadMapper} read payloads before the single pass: validate the tree against the rules of
 * {@link RecordSchema}, then bind it with Jackson ({@code treeToValue}, timestamps through
 * {@link Timestamps#parse}). The validation below is the former {@code PayloadValidator}, unchanged; it is kept
 * as the reference that {@code SinglePassReadTest} holds the single pass to: same records, same violations,
 * paths and messages.
 */
final class ValidateThenBind {

    private static final ObjectMapper MAPPER = PayloadMapper.create().objectMapper().copy()
            .registerModule(new SimpleModule("ocpp-timestamps")
                    .addDeserializer(Instant.class, new LenientInstantDeserializer()));

    private ValidateThenBind() {
    }

    static <T> T read(JsonNode payload, Class<T> type) {
        validate(payload, type);
        try {
            return MAPPER.treeToValue(payload, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Validated payload did not bind to " + type.getName(), e);
        }
    }

    /** Reads timestamps with the leniency documented on {@link Timestamps}. */
    private static final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {

        LenientInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Timestamps.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an OCPP date-time");
            }
        }
    }

    private static final String CUSTOM_DATA = "customData";
    private static final int MAX_RENDERED = 60;
    /** Guards against numbers like 1e999999999 that are valid JSON but would blow up arithmetic later. */
    private static final int MAX_DECIMAL_SCALE = 18;
    private static final int MAX_DECIMAL_INTEGER_DIGITS = 18;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,50}");

    static void validate(JsonNode payload, Class<?> type) {
        Objects.requireNonNull(type, "type");
        if (payload == null || !payload.isObject()) {
            throw new OcppValidationException(Violation.WRONG_STRUCTURE, "",
                    "payload must be a JSON object, got " + describe(payload));
        }
        Package pkg = type.getPackage();
        boolean customData = pkg != null && pkg.isAnnotationPresent(AllowsCustomData.class);
        object(payload, RecordSchema.of(type), null, customData);
    }

    private static void object(JsonNode node, RecordSchema schema, Path path, boolean customData) {
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
        for (Field field : schema.fields()) {
            JsonNode value = node.get(field.name());
            if (value == null) {
                if (field.required()) {
                    throw fail(Violation.REQUIRED_MISSING, Path.field(path, field.name()),
                            "required field is missing");
                }
                continue;
            }
            value(value, field.rule(), Path.field(path, field.name()), customData);
        }
    }

    private static void value(JsonNode node, Rule rule, Path path, boolean customData) {
        switch (rule.kind()) {
            case STRING -> {
                expect(node.isTextual(), "a string", node, path);
                int length = node.textValue().codePointCount(0, node.textValue().length());
                if (length > rule.maxLength()) {
                    throw fail(Violation.BAD_VALUE, path,
                            "length " + length + " exceeds the maximum of " + rule.maxLength());
                }
            }
            case INTEGER, LONG -> {
                expect(node.isIntegralNumber(), "an integer", node, path);
                boolean fits = rule.kind() == RecordSchema.Kind.INTEGER ? node.canConvertToInt()
                        : node.canConvertToLong();
                if (!fits) {
                    throw fail(Violation.BAD_VALUE, path, render(node) + " is out of range");
                }
                range(node.decimalValue(), rule, node, path);
            }
            case DECIMAL -> {
                expect(node.isNumber(), "a number", node, path);
                BigDecimal value = node.decimalValue();
                if (Math.abs(value.scale()) > MAX_DECIMAL_SCALE
                        || value.precision() - value.scale() > MAX_DECIMAL_INTEGER_DIGITS) {
                    throw fail(Violation.BAD_VALUE, path, "number is outside the supported range");
                }
                range(value, rule, node, path);
            }
            case BOOLEAN -> expect(node.isBoolean(), "a boolean", node, path);
            case INSTANT -> {
                expect(node.isTextual(), "a date-time string", node, path);
                if (Timestamps.tryParse(node.textValue()).isEmpty()) {
                    throw fail(Violation.BAD_VALUE, path, render(node) + " is not a valid date-time");
                }
            }
            case ENUM -> {
                expect(node.isTextual(), "a string", node, path);
                if (!WireEnum.wireValues(rule.type()).contains(node.textValue())) {
                    throw fail(Violation.BAD_VALUE, path,
                            render(node) + " is not one of " + WireEnum.wireValues(rule.type()));
                }
            }
            case LIST -> list(node, rule, path, customData);
            case RECORD -> {
                expect(node.isObject(), "an object", node, path);
                object(node, RecordSchema.of(rule.type()), path, customData);
            }
            case JSON -> {
                // free-form (DataTransfer data, charging profiles passed through): any JSON value
            }
        }
    }

    private static void list(JsonNode node, Rule rule, Path path, boolean customData) {
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
        for (int i = 0; i < size; i++) {
            value(node.get(i), rule.element(), Path.index(path, i), customData);
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
