package com.wallbill.ocpp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.wallbill.ocpp.GoldenFrames;
import com.wallbill.ocpp.Json;
import com.wallbill.ocpp.common.AllowsCustomData;
import com.wallbill.ocpp.common.Timestamps;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.FrameCodec;
import com.wallbill.ocpp.rpc.OcppVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ActionRegistryTest {

    private static final PayloadMapper MAPPER = PayloadMapper.create();
    private static final FrameCodec CODEC = new FrameCodec(MAPPER.objectMapper());

    @Test
    void v16RegistryListsTheCoreFirmwareAndTriggerActions() {
        assertThat(names(OcppVersion.V16, Direction.FROM_CHARGER)).containsExactlyInAnyOrder("Authorize",
                "BootNotification", "DataTransfer", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
                "Heartbeat", "MeterValues", "StartTransaction", "StatusNotification", "StopTransaction");
        assertThat(names(OcppVersion.V16, Direction.FROM_CSMS)).containsExactlyInAnyOrder("RemoteStartTransaction",
                "RemoteStopTransaction", "Reset", "ChangeConfiguration", "GetConfiguration", "TriggerMessage",
                "ChangeAvailability", "UnlockConnector");
    }

    @Test
    void v201RegistryListsTheStationAndCsmsActions() {
        assertThat(names(OcppVersion.V201, Direction.FROM_CHARGER)).containsExactlyInAnyOrder("Authorize",
                "BootNotification", "DataTransfer", "FirmwareStatusNotification", "Heartbeat", "MeterValues",
                "NotifyEvent", "NotifyReport", "SecurityEventNotification", "StatusNotification", "TransactionEvent");
        assertThat(names(OcppVersion.V201, Direction.FROM_CSMS)).containsExactlyInAnyOrder(
                "RequestStartTransaction", "RequestStopTransaction", "Reset", "GetVariables", "SetVariables",
                "TriggerMessage", "ChangeAvailability", "UnlockConnector");
    }

    @Test
    void lookupsAreByExactNameAndByRequestTypeOfTheSameVersion() {
        ActionRegistry v16 = ActionRegistry.of(OcppVersion.V16);

        assertThat(v16.find("StartTransaction").<Class<?>>map(ActionDefinition::requestType))
                .contains(com.wallbill.ocpp.v16.core.StartTransaction.Request.class);
        assertThat(v16.find("startTransaction")).isEmpty();
        assertThat(v16.find("TransactionEvent")).isEmpty();
        assertThat(v16.forRequest(com.wallbill.ocpp.v16.core.Reset.Request.class).map(ActionDefinition::action))
                .contains("Reset");
        assertThat(v16.forRequest(com.wallbill.ocpp.v201.provisioning.Reset.Request.class)).isEmpty();
        assertThat(ActionRegistry.of(OcppVersion.V201).version()).isEqualTo(OcppVersion.V201);
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void actionNameMatchesTheMessageClassConstant(OcppVersion version) throws Exception {
        for (ActionDefinition<?, ?> definition : ActionRegistry.of(version).all()) {
            Class<?> message = definition.requestType().getEnclosingClass();
            assertThat(message.getField("ACTION").get(null)).isEqualTo(definition.action());
            assertThat(definition.responseType().getEnclosingClass()).isEqualTo(message);
        }
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void customDataIsAllowedExactlyIn201Packages(OcppVersion version) {
        for (ActionDefinition<?, ?> definition : ActionRegistry.of(version).all()) {
            assertThat(definition.requestType().getPackage().isAnnotationPresent(AllowsCustomData.class))
                    .as(definition.action()).isEqualTo(version == OcppVersion.V201);
        }
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void everyActionHasGoldenRequestAndResponseFrames(OcppVersion version) {
        Map<String, List<Integer>> kinds = GoldenFrames.of(version).stream().collect(Collectors.groupingBy(
                GoldenFrames.Line::action, Collectors.mapping(GoldenFrames.Line::messageType, Collectors.toList())));
        for (ActionDefinition<?, ?> definition : ActionRegistry.of(version).all()) {
            assertThat(kinds.get(definition.action())).as(definition.action()).contains(2, 3);
        }
    }

    static List<Arguments> goldenPayloads() {
        List<Arguments> arguments = new ArrayList<>();
        for (GoldenFrames.Line line : GoldenFrames.all()) {
            ActionRegistry.of(line.version()).find(line.action())
                    .ifPresent(definition -> arguments.add(Arguments.of(line, definition)));
        }
        return arguments;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenPayloads")
    void goldenPayloadRoundTripsThroughItsRecord(GoldenFrames.Line line, ActionDefinition<?, ?> definition) {
        Frame frame = ((Decoded.Ok) CODEC.decode(line.version(), line.text())).frame();
        JsonNode payload = frame instanceof Call call ? call.payload() : ((CallResult) frame).payload();
        Class<?> type = frame instanceof Call ? definition.requestType() : definition.responseType();

        Object message = MAPPER.read(payload, type);
        JsonNode written = MAPPER.write(message);

        assertThat(message).isInstanceOf(type);
        assertThat(comparable(written)).isEqualTo(comparable(payload));
    }

    /**
     * Re-parsed from text (so number node types agree), timestamps in one canonical form (a charger's
     * ".000+00:00" and our "Z" are the same instant), customData dropped (accepted but not kept).
     */
    private static JsonNode comparable(JsonNode node) {
        return canonical(Json.parse(node.toString()));
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.remove("customData");
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(canonical(field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, canonical(node.get(i)));
            }
        } else if (node.isTextual() && node.textValue().contains("T")) {
            return Timestamps.tryParse(node.textValue()).<JsonNode>map(i -> new TextNode(i.toString())).orElse(node);
        }
        return node;
    }

    private static List<String> names(OcppVersion version, Direction direction) {
        return ActionRegistry.of(version).all().stream().filter(d -> d.direction() == direction)
                .map(ActionDefinition::action).toList();
    }
}
