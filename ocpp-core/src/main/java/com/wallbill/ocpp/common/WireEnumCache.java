package com.wallbill.ocpp.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wire value to constant, computed once per enum class. */
final class WireEnumCache {

    private static final ClassValue<Map<String, Object>> BY_WIRE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            if (!type.isEnum() || !WireEnum.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(type.getName() + " is not an enum implementing WireEnum");
            }
            Map<String, Object> byWire = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Object previous = byWire.put(((WireEnum) constant).wire(), constant);
                if (previous != null) {
                    throw new IllegalStateException(type.getName() + " repeats wire value " + constant);
                }
            }
            return Collections.unmodifiableMap(byWire);
        }
    };

    private WireEnumCache() {
    }

    static Map<String, Object> byWire(Class<?> type) {
        return BY_WIRE.get(type);
    }
}
