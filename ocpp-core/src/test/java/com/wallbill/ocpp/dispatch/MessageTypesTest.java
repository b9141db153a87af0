package com.wallbill.ocpp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.wallbill.ocpp.Json;
import com.wallbill.ocpp.common.WireEnum;
import com.wallbill.ocpp.rpc.OcppVersion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks over every record and enum reachable from the registries. */
class MessageTypesTest {

    private static final Set<Class<?>> RECORDS = new LinkedHashSet<>();
    private static final Set<Class<?>> ENUMS = new LinkedHashSet<>();

    static {
        for (OcppVersion version : OcppVersion.values()) {
            for (ActionDefinition<?, ?> definition : ActionRegistry.of(version).all()) {
                walk(definition.requestType());
                walk(definition.responseType());
            }
        }
    }

    static List<Class<?>> enums() {
        return List.copyOf(ENUMS);
    }

    @Test
    void walkFoundTheSharedTypesOfBothVersions() {
        assertThat(RECORDS).contains(com.wallbill.ocpp.v16.core.SampledValue.class,
                com.wallbill.ocpp.v201.common.SampledValue.class, com.wallbill.ocpp.v201.common.EVSE.class);
        assertThat(ENUMS).contains(com.wallbill.ocpp.v16.core.Measurand.class,
                com.wallbill.ocpp.v201.transactions.TriggerReason.class);
    }

    @Test
    void everyRecordHasValidationRules() {
        for (Class<?> type : RECORDS) {
            assertThat(RecordSchema.of(type).fields()).hasSize(type.getRecordComponents().length);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void enumConstantsAreUpperSnakeAndBindByTheirWireValue(Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            String wire = ((WireEnum) constant).wire();
            assertThat(name).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            JsonNode written = Json.MAPPER.valueToTree(constant);
            assertThat(written).isEqualTo(new TextNode(wire));
            assertThat(Json.MAPPER.convertValue(written, type)).isSameAs(constant);
        }
        assertThat(WireEnum.wireValues(type)).hasSize(type.getEnumConstants().length);
    }

    @Test
    void wireLookupIsCaseSensitive() {
        assertThat(WireEnum.find(com.wallbill.ocpp.v16.core.Measurand.class, "Energy.Active.Import.Register"))
                .contains(com.wallbill.ocpp.v16.core.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
        assertThat(WireEnum.find(com.wallbill.ocpp.v16.core.Measurand.class, "energy.active.import.register"))
                .isEmpty();
    }

    private static void walk(Class<?> type) {
        if (!RECORDS.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            visit(component.getGenericType());
        }
    }

    private static void visit(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            visit(parameterized.getActualTypeArguments()[0]);
        } else if (type instanceof Class<?> cls) {
            if (cls.isRecord()) {
                walk(cls);
            } else if (cls.isEnum()) {
                ENUMS.add(cls);
            }
        }
    }
}
