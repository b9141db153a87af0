package com.wallbill.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v201.authorization.Authorize;
import com.wallbill.ocpp.v201.availability.ConnectorStatus;
import com.wallbill.ocpp.v201.availability.Heartbeat;
import com.wallbill.ocpp.v201.availability.StatusNotification;
import com.wallbill.ocpp.v201.common.AuthorizationStatus;
import com.wallbill.ocpp.v201.common.EVSE;
import com.wallbill.ocpp.v201.common.IdToken;
import com.wallbill.ocpp.v201.common.IdTokenInfo;
import com.wallbill.ocpp.v201.common.IdTokenType;
import com.wallbill.ocpp.v201.common.Measurand;
import com.wallbill.ocpp.v201.common.MeterValue;
import com.wallbill.ocpp.v201.common.Phase;
import com.wallbill.ocpp.v201.common.ReadingContext;
import com.wallbill.ocpp.v201.common.SampledValue;
import com.wallbill.ocpp.v201.common.UnitOfMeasure;
import com.wallbill.ocpp.v201.firmware.FirmwareStatus;
import com.wallbill.ocpp.v201.firmware.FirmwareStatusNotification;
import com.wallbill.ocpp.v201.metervalues.MeterValues;
import com.wallbill.ocpp.v201.provisioning.BootNotification;
import com.wallbill.ocpp.v201.provisioning.BootReason;
import com.wallbill.ocpp.v201.provisioning.ChargingStation;
import com.wallbill.ocpp.v201.transactions.ChargingState;
import com.wallbill.ocpp.v201.transactions.Reason;
import com.wallbill.ocpp.v201.transactions.Transaction;
import com.wallbill.ocpp.v201.transactions.TransactionEvent;
import com.wallbill.ocpp.v201.transactions.TransactionEventType;
import com.wallbill.ocpp.v201.transactions.TriggerReason;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.ChargingSession;
import com.wallbill.simulator.model.ConnectorState;
import com.wallbill.simulator.model.MeterReading;
import com.wallbill.simulator.model.StopReason;
import com.wallbill.simulator.transport.OcppJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * OCPP 2.0.1: one TransactionEvent per step (Started, Updated, Ended) with seqNo from 0, transaction ids
 * chosen by the charger, sampled values as JSON numbers. EVSE 1, connector 1.
 */
final class V201Messages implements ChargerMessages {

    private static final EVSE CONNECTOR = new EVSE(1, 1);
    private static final Phase[] CURRENT_PHASES = {Phase.L1, Phase.L2, Phase.L3};
    private static final Phase[] VOLTAGE_PHASES = {Phase.L1_N, Phase.L2_N, Phase.L3_N};

    @Override
    public OcppVersion version() {
        return OcppVersion.V201;
    }

    @Override
    public Outgoing bootNotification(ChargerProfile profile, BootCause cause) {
        BootReason reason = switch (cause) {
            case POWER_UP -> BootReason.POWER_UP;
            case REMOTE_RESET -> BootReason.REMOTE_RESET;
            case TRIGGERED -> BootReason.TRIGGERED;
        };
        ChargingStation station = new ChargingStation(profile.serialNumber(), profile.model(), null,
                profile.vendor(), profile.firmwareVersion());
        return new Outgoing(BootNotification.ACTION, new BootNotification.Request(station, reason));
    }

    @Override
    public BootAnswer readBoot(JsonNode answer) {
        BootNotification.Response response = OcppJson.mapper().read(answer, BootNotification.Response.class);
        return BootAnswer.of(response.status(), response.interval());
    }

    @Override
    public Outgoing heartbeat() {
        return new Outgoing(Heartbeat.ACTION, new Heartbeat.Request());
    }

    @Override
    public int[] reportedConnectors() {
        return new int[] {1};
    }

    @Override
    public String reportedStatus(ConnectorState state) {
        return status(state).wire();
    }

    @Override
    public Outgoing statusNotification(int connectorId, ConnectorState state, Instant at) {
        return new Outgoing(StatusNotification.ACTION,
                new StatusNotification.Request(at, status(state), CONNECTOR.id(), connectorId));
    }

    private static ConnectorStatus status(ConnectorState state) {
        return switch (state) {
            case AVAILABLE -> ConnectorStatus.AVAILABLE;
            case PREPARING, CHARGING, SUSPENDED_EV, FINISHING -> ConnectorStatus.OCCUPIED;
            case UNAVAILABLE -> ConnectorStatus.UNAVAILABLE;
        };
    }

    @Override
    public Outgoing authorize(String idTag) {
        return new Outgoing(Authorize.ACTION, new Authorize.Request(token(idTag), null, null));
    }

    @Override
    public boolean authorized(JsonNode answer) {
        return OcppJson.mapper().read(answer, Authorize.Response.class).idTokenInfo().status()
                == AuthorizationStatus.ACCEPTED;
    }

    @Override
    public Outgoing transactionStarted(ChargingSession session, MeterReading begin) {
        TriggerReason trigger = session.remotelyStarted() ? TriggerReason.REMOTE_START : TriggerReason.AUTHORIZED;
        Transaction info = new Transaction(session.transactionId(), ChargingState.CHARGING, null, null,
                session.remoteStartId());
        return event(TransactionEventType.STARTED, begin, trigger, session, info, CONNECTOR,
                token(session.idTag()), false);
    }

    @Override
    public boolean chargerAssignsTransactionId() {
        return true;
    }

    @Override
    public boolean startAccepted(JsonNode answer, ChargingSession session) {
        IdTokenInfo info = OcppJson.mapper().read(answer, TransactionEvent.Response.class).idTokenInfo();
        return info == null || info.status() == AuthorizationStatus.ACCEPTED;
    }

    @Override
    public Outgoing transactionUpdated(ChargingSession session, MeterReading reading, boolean triggered) {
        Transaction info = new Transaction(session.transactionId(), ChargingState.CHARGING, null, null, null);
        TriggerReason trigger = triggered ? TriggerReason.TRIGGER : TriggerReason.METER_VALUE_PERIODIC;
        return event(TransactionEventType.UPDATED, reading, trigger, session, info, null, null, true);
    }

    @Override
    public Outgoing transactionEnded(ChargingSession session, MeterReading begin, MeterReading end,
                                     StopReason reason) {
        TriggerReason trigger = switch (reason) {
            case LOCAL -> TriggerReason.STOP_AUTHORIZED;
            case REMOTE -> TriggerReason.REMOTE_STOP;
            case DE_AUTHORIZED -> TriggerReason.DEAUTHORIZED;
            case UNLOCK_COMMAND -> TriggerReason.UNLOCK_COMMAND;
            case HARD_RESET, SOFT_RESET -> TriggerReason.RESET_COMMAND;
            case OTHER -> TriggerReason.ABNORMAL_CONDITION;
        };
        Reason stopped = switch (reason) {
            case LOCAL -> Reason.LOCAL;
            case REMOTE -> Reason.REMOTE;
            case DE_AUTHORIZED -> Reason.DE_AUTHORIZED;
            case UNLOCK_COMMAND -> Reason.OTHER;
            case HARD_RESET, SOFT_RESET -> Reason.IMMEDIATE_RESET;
            case OTHER -> Reason.OTHER;
        };
        Transaction info = new Transaction(session.transactionId(), ChargingState.EV_CONNECTED, null, stopped, null);
        IdToken idToken = reason == StopReason.LOCAL ? token(session.idTag()) : null;
        return event(TransactionEventType.ENDED, end, trigger, session, info, null, idToken, false);
    }

    @Override
    public Outgoing triggeredMeterValues(ChargingSession sessionOrNull, MeterReading reading) {
        return new Outgoing(MeterValues.ACTION, new MeterValues.Request(CONNECTOR.id(),
                List.of(meterValue(reading, true))));
    }

    @Override
    public Outgoing firmwareIdle() {
        return new Outgoing(FirmwareStatusNotification.ACTION,
                new FirmwareStatusNotification.Request(FirmwareStatus.IDLE, null));
    }

    @Override
    public Outgoing diagnosticsIdle() {
        return null;
    }

    private static Outgoing event(TransactionEventType type, MeterReading reading, TriggerReason trigger,
                                  ChargingSession session, Transaction info, EVSE evse, IdToken idToken,
                                  boolean fullSample) {
        Integer phases = fullSample ? reading.currentPerPhaseA().size() : null;
        return new Outgoing(TransactionEvent.ACTION, new TransactionEvent.Request(type,
                List.of(meterValue(reading, fullSample)), reading.timestamp(), trigger, session.nextSeqNo(), null,
                phases, null, null, info, evse, idToken));
    }

    private static IdToken token(String idTag) {
        return IdToken.of(idTag, IdTokenType.ISO14443);
    }

    /** The register always; with {@code full}, also power, current per phase and voltage. */
    static MeterValue meterValue(MeterReading reading, boolean full) {
        ReadingContext context = switch (reading.purpose()) {
            case TRANSACTION_BEGIN -> ReadingContext.TRANSACTION_BEGIN;
            case PERIODIC -> ReadingContext.SAMPLE_PERIODIC;
            case TRANSACTION_END -> ReadingContext.TRANSACTION_END;
            case TRIGGER -> ReadingContext.TRIGGER;
        };
        List<SampledValue> values = new ArrayList<>(8);
        values.add(sample(BigDecimal.valueOf(reading.energyWh()), context, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                null, "Wh"));
        if (full) {
            values.add(sample(decimal(reading.powerW()), context, Measurand.POWER_ACTIVE_IMPORT, null, "W"));
            List<Double> currents = reading.currentPerPhaseA();
            for (int phase = 0; phase < currents.size(); phase++) {
                values.add(sample(decimal(currents.get(phase)), context, Measurand.CURRENT_IMPORT,
                        CURRENT_PHASES[phase], "A"));
            }
            for (int phase = 0; phase < currents.size(); phase++) {
                values.add(sample(decimal(reading.voltageV()), context, Measurand.VOLTAGE, VOLTAGE_PHASES[phase],
                        "V"));
            }
        }
        return new MeterValue(values, reading.timestamp());
    }

    private static SampledValue sample(BigDecimal value, ReadingContext context, Measurand measurand, Phase phase,
                                       String unit) {
        return new SampledValue(value, context, measurand, phase, null, null, new UnitOfMeasure(unit, null));
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
