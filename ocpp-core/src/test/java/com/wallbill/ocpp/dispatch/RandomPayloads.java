package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.ocpp.common.WireEnum;
import com.wallbill.ocpp.dispatch.RecordSchema.Field;
import com.wallbill.ocpp.dispatch.RecordSchema.Rule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Payloads for a message record made up from its {@link RecordSchema}: mostly valid, with optional fields left
 * out at random, and now and then one odd thing (a wrong type, null, a value just out of range, a string one
 * code point too long, an unknown property, customData, a field missing). Number nodes come in every type
 * Jackson has (int, long, BigInteger, BigDecimal, double, float), as trees built in code may hold any of them.
 */
final class RandomPayloads {

    private static final int MAX_DEPTH = 6;
    private static final String[] ODD_NAMES = {"foo", "<img src=x>", "a.b", "x".repeat(51), "", "customData",
            "CustomData", "value ", "\u00e9t\u00e9"};
    private static final String[] TIMESTAMPS = {"2024-03-05T18:02:45Z", "2024-03-05T18:02:45.512Z",
            "2024-03-05T19:02:45.123456789+01:00", "2024-03-05T13:02:45-05:00", "2024-03-05T18:02:45",
            "2024-03-05T19:02:45+0100", "2024-02-29T23:59:59z", "2023-02-29T10:00:00Z", "2024-03-05T25:00:00Z",
            "2024-03-05", "", "yesterday", "2024-03-05T18:02:45+19:00", "2024-03-05T18:02:45.1234567891Z"};
    private static final String[] DECIMALS = {"0", "1", "-1", "12873.0", "48211.70", "1E+3", "1e-18", "1e-19",
            "0.000", "-0.0", "123456789012345678", "1234567890123456789", "123456789012345678.123456789012345678",
            "99.999", "100", "100.0", "100.0000000001", "-5", "-5.0001", "7.36", "1E+17", "1E+18", "9E+17"};
    private static final String[] LETTERS = {"a", "Z", "0", " ", "\u00e9", "\ud83d\ude00", "\"", "\\", "<", "\n"};

    private final Random random;
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    /** Chance in 1000 that one value or property is made odd. */
    private final int oddPerMille;

    RandomPayloads(long seed, int oddPerMille) {
        this.random = new Random(seed);
        this.oddPerMille = oddPerMille;
    }

    ObjectNode payload(Class<?> type, boolean customData) {
        return object(RecordSchema.of(type), customData, 0);
    }

    private ObjectNode object(RecordSchema schema, boolean customData, int depth) {
        List<Field> fields = new ArrayList<>(schema.fields());
        Collections.shuffle(fields, random);
        ObjectNode object = nodes.objectNode();
        for (Field field : fields) {
            boolean present = field.required() ? !odd() : random.nextInt(3) != 0 && depth < MAX_DEPTH;
            if (present) {
                object.set(field.name(), odd() ? oddValue() : value(field.rule(), customData, depth));
            }
            if (odd()) {
                object.set(pick(ODD_NAMES), oddValue());
            }
        }
        if (customData && random.nextInt(8) == 0) {
            object.set("customData", odd() ? oddValue() : nodes.objectNode().put("vendorId", "com.example"));
        }
        if (fields.isEmpty() && odd()) {
            object.set(pick(ODD_NAMES), oddValue());
        }
        return object;
    }

    private JsonNode value(Rule rule, boolean customData, int depth) {
        return switch (rule.kind()) {
            case STRING -> nodes.textNode(string(rule.maxLength()));
            case INTEGER -> integer(rule, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> integer(rule, Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL -> decimal(rule);
            case BOOLEAN -> nodes.booleanNode(random.nextBoolean());
            case INSTANT -> nodes.textNode(odd() ? pick(TIMESTAMPS) : pick(TIMESTAMPS, 7));
            case ENUM -> nodes.textNode(constant(rule.type()));
            case LIST -> list(rule, customData, depth);
            case RECORD -> object(RecordSchema.of(rule.type()), customData, depth + 1);
            case JSON -> freeForm(depth);
        };
    }

    private String string(int maxLength) {
        int length = odd() ? maxLength + 1 : random.nextInt(4) == 0 ? Math.min(maxLength, 1000)
                : random.nextInt(Math.min(maxLength, 30) + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(4) == 0 ? pick(LETTERS) : "x");
        }
        return out.toString();
    }

    private JsonNode integer(Rule rule, long typeMin, long typeMax) {
        long min = rule.min() == Long.MIN_VALUE ? typeMin : rule.min();
        long max = rule.max() == Long.MAX_VALUE ? typeMax : rule.max();
        if (odd()) {
            long[] edges = {min, max, min - 1, max + 1, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L};
            long edge = edges[random.nextInt(edges.length)];
            return random.nextBoolean() ? nodes.numberNode(edge)
                    : nodes.numberNode(BigInteger.valueOf(edge).add(BigInteger.valueOf(random.nextInt(3) - 1)));
        }
        long value = Math.max(min, Math.min(max, random.nextInt(2000) - 20));
        return switch (random.nextInt(4)) {
            case 0 -> nodes.numberNode(value);
            case 1 -> nodes.numberNode(BigInteger.valueOf(value));
            default -> value == (int) value ? nodes.numberNode((int) value) : nodes.numberNode(value);
        };
    }

    private JsonNode decimal(Rule rule) {
        return switch (random.nextInt(6)) {
            case 0 -> nodes.numberNode(random.nextInt(20000) - 10);
            case 1 -> nodes.numberNode(random.nextInt(10000) / 100.0);
            case 2 -> nodes.numberNode(odd() ? Long.MAX_VALUE : random.nextInt(100));
            case 3 -> nodes.numberNode((float) (random.nextInt(1000) / 8.0));
            default -> nodes.numberNode(new BigDecimal(pick(DECIMALS)));
        };
    }

    private String constant(Class<?> type) {
        List<String> wire = new ArrayList<>(WireEnum.wireValues(type));
        String value = wire.get(random.nextInt(wire.size()));
        if (odd()) {
            return random.nextBoolean() ? value.toLowerCase() : value + "x";
        }
        return value;
    }

    private JsonNode list(Rule rule, boolean customData, int depth) {
        int size;
        if (odd()) {
            size = random.nextBoolean() ? Math.max(0, rule.minItems() - 1) : Math.min(rule.maxItems(), 39) + 1;
        } else {
            int max = Math.min(rule.maxItems(), depth < MAX_DEPTH ? 3 : 1);
            size = rule.minItems() + random.nextInt(Math.max(1, max - rule.minItems() + 1));
        }
        ArrayNode array = nodes.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(odd() ? oddValue() : value(rule.element(), customData, depth + 1));
        }
        return array;
    }

    private JsonNode freeForm(int depth) {
        return switch (random.nextInt(depth < MAX_DEPTH ? 9 : 7)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.textNode(string(20));
            case 2 -> nodes.numberNode(random.nextInt(100));
            case 3 -> nodes.numberNode(random.nextInt(1000) / 10.0);
            case 4 -> nodes.numberNode(new BigDecimal(pick(DECIMALS)));
            case 5 -> nodes.booleanNode(random.nextBoolean());
            case 6 -> nodes.numberNode(BigInteger.TEN.pow(30));
            case 7 -> nodes.arrayNode().add(freeForm(depth + 1)).add(freeForm(depth + 1));
            default -> nodes.objectNode().set("customData", freeForm(depth + 1));
        };
    }

    /** Something of a random JSON type, often the wrong one. */
    private JsonNode oddValue() {
        return switch (random.nextInt(10)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.textNode("1");
            case 2 -> nodes.numberNode(1);
            case 3 -> nodes.numberNode(new BigDecimal("1.0"));
            case 4 -> nodes.numberNode(2.5);
            case 5 -> nodes.booleanNode(true);
            case 6 -> nodes.arrayNode();
            case 7 -> nodes.objectNode();
            case 8 -> nodes.textNode(pick(TIMESTAMPS));
            default -> nodes.textNode("Z".repeat(100));
        };
    }

    private boolean odd() {
        return random.nextInt(1000) < oddPerMille;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String[] values, int firstN) {
        return values[random.nextInt(firstN)];
    }
}
