package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.common.AllowsCustomData;
import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import com.wallbill.ocpp.common.WireEnum;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation rules of one message record, read once from its components' Java types and annotations and
 * cached per class, with the record's canonical constructor. Nested records are resolved when they are visited,
 * so the cache fills lazily.
 */
final class RecordSchema {

    /** JSON shape implied by a component's Java type. */
    enum Kind { STRING, INTEGER, LONG, DECIMAL, BOOLEAN, INSTANT, ENUM, LIST, RECORD, JSON }

    /**
     * Rules for one value; for lists, {@code element} holds the element's rules. Precomputed for the reader:
     * {@code constants} (wire value to constant) for enums, {@code lowest} and {@code highest} for decimals with a
     * range (else null).
     */
    record Rule(Kind kind, Class<?> type, int maxLength, long min, long max, int minItems, int maxItems,
                Rule element, Map<String, ? extends WireEnum> constants, BigDecimal lowest, BigDecimal highest) {
    }

    /** One record component as a JSON property; {@code index} is its position among the components. */
    record Field(String name, boolean required, Rule rule, int index) {
    }

    private static final ClassValue<RecordSchema> CACHE = new ClassValue<>() {
        @Override
        protected RecordSchema computeValue(Class<?> type) {
            return new RecordSchema(type);
        }
    };

    private final Class<?> type;
    private final List<Field> fields;
    private final Map<String, Field> byName;
    private final boolean allowsCustomData;
    /** {@code (Object[]) -> Object}: the canonical constructor taking the components in declaration order. */
    private final MethodHandle constructor;

    private RecordSchema(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        List<Field> list = new ArrayList<>();
        Map<String, Field> map = new HashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent component : components) {
            Field field = field(component, list.size());
            list.add(field);
            map.put(field.name(), field);
        }
        this.fields = Collections.unmodifiableList(list);
        // looked up once per property of every payload object; never handed out, so no unmodifiable wrapper
        this.byName = map;
        Package pkg = type.getPackage();
        this.allowsCustomData = pkg != null && pkg.isAnnotationPresent(AllowsCustomData.class);
        this.constructor = canonicalConstructor(type, components);
    }

    private static MethodHandle canonicalConstructor(Class<?> type, RecordComponent[] components) {
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameters);
            // as databind did, so that a record that is not public still binds
            canonical.trySetAccessible();
            return MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, parameters.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("Message " + type.getName() + " has no usable canonical constructor", e);
        }
    }

    static RecordSchema of(Class<?> type) {
        return CACHE.get(type);
    }

    Class<?> type() {
        return type;
    }

    List<Field> fields() {
        return fields;
    }

    Field field(String name) {
        return byName.get(name);
    }

    /**
     * Whether a payload of this (top-level) type may carry 2.0.1 {@code customData} objects, at any depth: the
     * record's package is marked {@link AllowsCustomData}.
     */
    boolean allowsCustomData() {
        return allowsCustomData;
    }

    /** A new record of this type from its component values, in declaration order. */
    Object construct(Object[] components) {
        try {
            return (Object) constructor.invokeExact(components);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // the payload passed validation, so the record and its rules disagree: our bug, not the charger's
            throw new IllegalStateException("Validated payload did not bind to " + type.getName(), e);
        }
    }

    /** A readable name for messages, e.g. {@code BootNotification.Request}. */
    String displayName() {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }

    private Field field(RecordComponent component, int index) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
        boolean required = component.isAnnotationPresent(Required.class) || component.getType().isPrimitive();
        return new Field(name, required, rule(component, component.getGenericType(), true), index);
    }

    private Rule rule(RecordComponent component, Type generic, boolean top) {
        Class<?> raw = raw(generic);
        MaxLength maxLength = component.getAnnotation(MaxLength.class);
        Range range = component.getAnnotation(Range.class);
        Size size = component.getAnnotation(Size.class);
        int length = maxLength == null ? Integer.MAX_VALUE : maxLength.value();
        long min = range == null ? Long.MIN_VALUE : range.min();
        long max = range == null ? Long.MAX_VALUE : range.max();
        if (List.class.equals(raw)) {
            if (!top || !(generic instanceof ParameterizedType parameterized)) {
                throw unsupported(component, "nested or raw lists");
            }
            Rule element = rule(component, parameterized.getActualTypeArguments()[0], false);
            return new Rule(Kind.LIST, raw, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE,
                    size == null ? 0 : size.min(), size == null ? Integer.MAX_VALUE : size.max(), element,
                    null, null, null);
        }
        if (size != null && top) {
            throw unsupported(component, "@Size on a non-list");
        }
        Kind kind = kind(component, raw);
        if (kind == Kind.INTEGER) {
            min = Math.max(min, Integer.MIN_VALUE);
            max = Math.min(max, Integer.MAX_VALUE);
        }
        return new Rule(kind, raw, length, min, max, 0, Integer.MAX_VALUE, null,
                kind == Kind.ENUM ? WireEnum.byWire(raw) : null,
                kind == Kind.DECIMAL && min != Long.MIN_VALUE ? BigDecimal.valueOf(min) : null,
                kind == Kind.DECIMAL && max != Long.MAX_VALUE ? BigDecimal.valueOf(max) : null);
    }

    private Kind kind(RecordComponent component, Class<?> raw) {
        if (raw == String.class) {
            return Kind.STRING;
        } else if (raw == Integer.class || raw == int.class) {
            return Kind.INTEGER;
        } else if (raw == Long.class || raw == long.class) {
            return Kind.LONG;
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            return Kind.DECIMAL;
        } else if (raw == Boolean.class || raw == boolean.class) {
            return Kind.BOOLEAN;
        } else if (raw == Instant.class) {
            return Kind.INSTANT;
        } else if (raw.isEnum() && WireEnum.class.isAssignableFrom(raw)) {
            return Kind.ENUM;
        } else if (raw.isRecord()) {
            return Kind.RECORD;
        } else if (JsonNode.class.isAssignableFrom(raw)) {
            return Kind.JSON;
        }
        throw unsupported(component, raw.getName());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalStateException("Unsupported component type " + type);
    }

    private IllegalStateException unsupported(RecordComponent component, String what) {
        return new IllegalStateException("Message " + component.getDeclaringRecord().getName() + "."
                + component.getName() + " uses an unsupported type: " + what);
    }
}
