package com.wallbill.ocpp.common;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OCPP enumeration whose constants carry their exact wire spelling.
 *
 * <p>Java constants are UPPER_SNAKE ({@code ENERGY_ACTIVE_IMPORT_REGISTER}); the wire value keeps the spec's
 * spelling, dots and case ({@code "Energy.Active.Import.Register"}). Implementations annotate {@link #wire()}
 * with {@code @JsonValue} and offer a {@code @JsonCreator fromWire(String)} built on {@link #parse}.
 */
public interface WireEnum {

    /** The value exactly as it appears in OCPP JSON. */
    String wire();

    /** Looks a wire value up, case-sensitively (OCPP enumerations are case-sensitive). */
    static <E extends Enum<E> & WireEnum> Optional<E> find(Class<E> type, String wire) {
        return Optional.ofNullable(type.cast(WireEnumCache.byWire(type).get(wire)));
    }

    /** Like {@link #find} but throws {@link IllegalArgumentException} for an unknown value. */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String wire) {
        return find(type, wire).orElseThrow(() -> new IllegalArgumentException(
                "\"" + wire + "\" is not a " + type.getSimpleName() + " value"));
    }

    /** The wire values of a {@code WireEnum} enum class, in declaration order. */
    static Set<String> wireValues(Class<?> enumType) {
        return WireEnumCache.byWire(enumType).keySet();
    }

    /**
     * Wire value to constant of a {@code WireEnum} enum class known only at run time (as to a payload reader),
     * in declaration order.
     */
    @SuppressWarnings("unchecked")
    static Map<String, ? extends WireEnum> byWire(Class<?> enumType) {
        return (Map<String, ? extends WireEnum>) (Map<String, ?>) WireEnumCache.byWire(enumType);
    }
}
