package com.wallbill.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.dispatch.ActionDefinition;
import com.wallbill.ocpp.dispatch.ActionRegistry;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.ChargingSession;
import com.wallbill.simulator.model.ConnectorState;
import com.wallbill.simulator.model.ElectricalSupply;
import com.wallbill.simulator.model.Fleet;
import com.wallbill.simulator.model.MeterReading;
import com.wallbill.simulator.model.MeterReading.ReadingPurpose;
import com.wallbill.simulator.model.StopReason;
import com.wallbill.simulator.transport.OcppJson;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ChargerMessagesTest {

    private static final Instant T0 = Instant.parse("2025-05-01T19:00:00.123Z");

    private static MeterReading reading(long wh, ReadingPurpose purpose) {
        return new MeterReading(T0, wh, 11_023.46, List.of(16.04, 15.98, 16.01), 229.95, purpose);
    }

    private static ChargingSession session(ChargerMessages messages) {
        ChargingSession session = new ChargingSession("04A1B2C3", 20_000, null, T0, 1_234_567);
        session.transactionId(messages.chargerAssignsTransactionId() ? UUID.randomUUID().toString() : "77");
        return session;
    }

    private static JsonNode json(Outgoing outgoing) {
        return OcppJson.mapper().write(outgoing.request());
    }

    @Test
    void v16SampledValuesAreDecimalStrings() {
        ChargerMessages v16 = ChargerMessages.of(OcppVersion.V16);
        JsonNode payload = json(v16.transactionUpdated(session(v16), reading(1_240_000, ReadingPurpose.PERIODIC), false));
        JsonNode values = payload.at("/meterValue/0/sampledValue");
        assertThat(payload.get("transactionId").asInt()).isEqualTo(77);
        assertThat(values).allSatisfy(value -> assertThat(value.get("value").isTextual()).isTrue());
        assertThat(values.get(0).get("value").asText()).isEqualTo("1240000");
        assertThat(values.get(0).get("measurand").asText()).isEqualTo("Energy.Active.Import.Register");
        assertThat(values.get(1).get("value").asText()).isEqualTo("11023.5");
        assertThat(values.get(2).get("phase").asText()).isEqualTo("L1");
        assertThat(values.get(2).get("unit").asText()).isEqualTo("A");
    }

    @Test
    void v201SampledValuesAreJsonNumbers() {
        ChargerMessages v201 = ChargerMessages.of(OcppVersion.V201);
        JsonNode payload = json(v201.transactionUpdated(session(v201), reading(1_240_000, ReadingPurpose.PERIODIC), false));
        JsonNode values = payload.at("/meterValue/0/sampledValue");
        assertThat(values).allSatisfy(value -> assertThat(value.get("value").isNumber()).isTrue());
        assertThat(values.get(0).get("value").asLong()).isEqualTo(1_240_000);
        assertThat(values.get(1).get("value").decimalValue()).isEqualByComparingTo("11023.5");
        assertThat(values.get(0).at("/unitOfMeasure/unit").asText()).isEqualTo("Wh");
        assertThat(payload.get("eventType").asText()).isEqualTo("Updated");
        assertThat(payload.get("triggerReason").asText()).isEqualTo("MeterValuePeriodic");
        assertThat(payload.get("numberOfPhasesUsed").asInt()).isEqualTo(3);
    }

    @Test
    void v201SeqNoCountsFromZeroWithinEachTransaction() {
        ChargerMessages v201 = ChargerMessages.of(OcppVersion.V201);
        ChargingSession first = session(v201);
        MeterReading begin = reading(1_234_567, ReadingPurpose.TRANSACTION_BEGIN);
        List<Integer> seqNos = List.of(
                json(v201.transactionStarted(first, begin)).get("seqNo").asInt(),
                json(v201.transactionUpdated(first, reading(1_235_000, ReadingPurpose.PERIODIC), false)).get("seqNo").asInt(),
                json(v201.transactionUpdated(first, reading(1_236_000, ReadingPurpose.TRIGGER), true)).get("seqNo").asInt(),
                json(v201.transactionEnded(first, begin, reading(1_237_000, ReadingPurpose.TRANSACTION_END),
                        StopReason.LOCAL)).get("seqNo").asInt());
        assertThat(seqNos).containsExactly(0, 1, 2, 3);

        ChargingSession second = session(v201);
        assertThat(json(v201.transactionStarted(second, begin)).get("seqNo").asInt()).isZero();
        assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
    }

    @Test
    void v201StartedCarriesTheBeginRegisterAndEndedTheStopReason() {
        ChargerMessages v201 = ChargerMessages.of(OcppVersion.V201);
        ChargingSession session = session(v201);
        MeterReading begin = reading(1_234_567, ReadingPurpose.TRANSACTION_BEGIN);
        JsonNode started = json(v201.transactionStarted(session, begin));
        assertThat(started.at("/meterValue/0/sampledValue/0/context").asText()).isEqualTo("Transaction.Begin");
        assertThat(started.at("/meterValue/0/sampledValue/0/value").asLong()).isEqualTo(1_234_567);
        assertThat(started.at("/idToken/idToken").asText()).isEqualTo("04A1B2C3");
        assertThat(started.at("/evse/id").asInt()).isEqualTo(1);

        JsonNode ended = json(v201.transactionEnded(session, begin, reading(1_250_000, ReadingPurpose.TRANSACTION_END),
                StopReason.REMOTE));
        assertThat(ended.at("/transactionInfo/stoppedReason").asText()).isEqualTo("Remote");
        assertThat(ended.get("triggerReason").asText()).isEqualTo("RemoteStop");
        assertThat(ended.at("/meterValue/0/sampledValue/0/context").asText()).isEqualTo("Transaction.End");
    }

    @Test
    void v16StopTransactionCarriesMeterStopReasonAndTransactionData() {
        ChargerMessages v16 = ChargerMessages.of(OcppVersion.V16);
        ChargingSession session = session(v16);
        JsonNode stop = json(v16.transactionEnded(session, reading(1_234_567, ReadingPurpose.TRANSACTION_BEGIN),
                reading(1_250_000, ReadingPurpose.TRANSACTION_END), StopReason.LOCAL));
        assertThat(stop.get("meterStop").asInt()).isEqualTo(1_250_000);
        assertThat(stop.get("reason").asText()).isEqualTo("Local");
        assertThat(stop.get("transactionId").asInt()).isEqualTo(77);
        assertThat(stop.get("transactionData")).hasSize(2);
        assertThat(stop.get("timestamp").asText()).isEqualTo("2025-05-01T19:00:00.123Z");
    }

    @Test
    void v201FoldsPreparingChargingAndFinishingIntoOccupied() {
        ChargerMessages v201 = ChargerMessages.of(OcppVersion.V201);
        ChargerMessages v16 = ChargerMessages.of(OcppVersion.V16);
        assertThat(List.of(ConnectorState.PREPARING, ConnectorState.CHARGING, ConnectorState.FINISHING))
                .allSatisfy(state -> assertThat(v201.reportedStatus(state)).isEqualTo("Occupied"));
        assertThat(v16.reportedStatus(ConnectorState.FINISHING)).isEqualTo("Finishing");
        assertThat(v16.reportedConnectors()).containsExactly(0, 1);
        assertThat(v201.reportedConnectors()).containsExactly(1);
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void everyMessageAChargerSendsPassesTheSchemaOfItsAction(OcppVersion version) {
        ChargerMessages messages = ChargerMessages.of(version);
        ChargerProfile profile = Fleet.generate(1, version == OcppVersion.V201 ? 1 : 0, "SIM-", 3).get(0);
        ChargingSession session = session(messages);
        MeterReading begin = reading(1_234_567, ReadingPurpose.TRANSACTION_BEGIN);
        List<Outgoing> all = new java.util.ArrayList<>(List.of(
                messages.bootNotification(profile, ChargerMessages.BootCause.POWER_UP),
                messages.heartbeat(),
                messages.statusNotification(1, ConnectorState.CHARGING, T0),
                messages.authorize(profile.idTag()),
                messages.transactionStarted(session, begin),
                messages.transactionUpdated(session, reading(1_240_000, ReadingPurpose.PERIODIC), false),
                messages.transactionEnded(session, begin, reading(1_250_000, ReadingPurpose.TRANSACTION_END),
                        StopReason.DE_AUTHORIZED),
                messages.triggeredMeterValues(null, reading(1, ReadingPurpose.TRIGGER)),
                messages.firmwareIdle()));
        if (messages.diagnosticsIdle() != null) {
            all.add(messages.diagnosticsIdle());
        }
        ActionRegistry registry = ActionRegistry.of(version);
        for (Outgoing outgoing : all) {
            ActionDefinition<?, ?> definition = registry.find(outgoing.action()).orElseThrow();
            assertThat(definition.requestType()).isEqualTo(outgoing.request().getClass());
            OcppJson.mapper().validate(json(outgoing), definition.requestType());
        }
        assertThat(profile.supply()).isIn(ElectricalSupply.HOME_OPTIONS);
    }
}
