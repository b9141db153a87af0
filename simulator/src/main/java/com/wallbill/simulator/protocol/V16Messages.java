package com.wallbill.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v16.core.AuthorizationStatus;
import com.wallbill.ocpp.v16.core.Authorize;
import com.wallbill.ocpp.v16.core.BootNotification;
import com.wallbill.ocpp.v16.core.ChargePointErrorCode;
import com.wallbill.ocpp.v16.core.ChargePointStatus;
import com.wallbill.ocpp.v16.core.Heartbeat;
import com.wallbill.ocpp.v16.core.Measurand;
import com.wallbill.ocpp.v16.core.MeterValue;
import com.wallbill.ocpp.v16.core.MeterValues;
import com.wallbill.ocpp.v16.core.Phase;
import com.wallbill.ocpp.v16.core.ReadingContext;
import com.wallbill.ocpp.v16.core.Reason;
import com.wallbill.ocpp.v16.core.SampledValue;
import com.wallbill.ocpp.v16.core.StartTransaction;
import com.wallbill.ocpp.v16.core.StatusNotification;
import com.wallbill.ocpp.v16.core.StopTransaction;
import com.wallbill.ocpp.v16.core.UnitOfMeasure;
import com.wallbill.ocpp.v16.firmware.DiagnosticsStatus;
import com.wallbill.ocpp.v16.firmware.DiagnosticsStatusNotification;
import com.wallbill.ocpp.v16.firmware.FirmwareStatus;
import com.wallbill.ocpp.v16.firmware.FirmwareStatusNotification;
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

/** OCPP 1.6: StartTransaction / MeterValues / StopTransaction, sampled values as decimal strings. */
final class V16Messages implements ChargerMessages {

    private static final Phase[] CURRENT_PHASES = {Phase.L1, Phase.L2, Phase.L3};
    private static final Phase[] VOLTAGE_PHASES = {Phase.L1_N, Phase.L2_N, Phase.L3_N};

    @Override
    public OcppVersion version() {
        return OcppVersion.V16;
    }

    @Override
    public Outgoing bootNotification(ChargerProfile profile, BootCause cause) {
        return new Outgoing(BootNotification.ACTION, new BootNotification.Request(profile.vendor(), profile.model(),
                profile.serialNumber(), null, profile.firmwareVersion(), null, null, null, null));
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
        return new int[] {0, 1};
    }

    @Override
    public String reportedStatus(ConnectorState state) {
        return status(state).wire();
    }

    @Override
    public Outgoing statusNotification(int connectorId, ConnectorState state, Instant at) {
        return new Outgoing(StatusNotification.ACTION, new StatusNotification.Request(connectorId,
                ChargePointErrorCode.NO_ERROR, null, status(state), at, null, null));
    }

    private static ChargePointStatus status(ConnectorState state) {
        return switch (state) {
            case AVAILABLE -> ChargePointStatus.AVAILABLE;
            case PREPARING -> ChargePointStatus.PREPARING;
            case CHARGING -> ChargePointStatus.CHARGING;
            case SUSPENDED_EV -> ChargePointStatus.SUSPENDED_EV;
            case FINISHING -> ChargePointStatus.FINISHING;
            case UNAVAILABLE -> ChargePointStatus.UNAVAILABLE;
        };
    }

    @Override
    public Outgoing authorize(String idTag) {
        return new Outgoing(Authorize.ACTION, new Authorize.Request(idTag));
    }

    @Override
    public boolean authorized(JsonNode answer) {
        return OcppJson.mapper().read(answer, Authorize.Response.class).idTagInfo().status()
                == AuthorizationStatus.ACCEPTED;
    }

    @Override
    public Outgoing transactionStarted(ChargingSession session, MeterReading begin) {
        return new Outgoing(StartTransaction.ACTION, new StartTransaction.Request(1, session.idTag(),
                Math.toIntExact(begin.energyWh()), null, begin.timestamp()));
    }

    @Override
    public boolean chargerAssignsTransactionId() {
        return false;
    }

    @Override
    public boolean startAccepted(JsonNode answer, ChargingSession session) {
        StartTransaction.Response response = OcppJson.mapper().read(answer, StartTransaction.Response.class);
        session.transactionId(Integer.toString(response.transactionId()));
        return response.idTagInfo().status() == AuthorizationStatus.ACCEPTED;
    }

    @Override
    public Outgoing transactionUpdated(ChargingSession session, MeterReading reading, boolean triggered) {
        return new Outgoing(MeterValues.ACTION, new MeterValues.Request(1,
                Integer.parseInt(session.transactionId()), List.of(meterValue(reading, true))));
    }

    @Override
    public Outgoing transactionEnded(ChargingSession session, MeterReading begin, MeterReading end,
                                     StopReason reason) {
        return new Outgoing(StopTransaction.ACTION, new StopTransaction.Request(session.idTag(),
                Math.toIntExact(end.energyWh()), end.timestamp(), Integer.parseInt(session.transactionId()),
                reason(reason), List.of(meterValue(begin, false), meterValue(end, false))));
    }

    @Override
    public Outgoing triggeredMeterValues(ChargingSession sessionOrNull, MeterReading reading) {
        Integer transactionId = sessionOrNull == null || sessionOrNull.transactionId() == null
                ? null : Integer.valueOf(sessionOrNull.transactionId());
        return new Outgoing(MeterValues.ACTION,
                new MeterValues.Request(1, transactionId, List.of(meterValue(reading, true))));
    }

    @Override
    public Outgoing firmwareIdle() {
        return new Outgoing(FirmwareStatusNotification.ACTION, new FirmwareStatusNotification.Request(FirmwareStatus.IDLE));
    }

    @Override
    public Outgoing diagnosticsIdle() {
        return new Outgoing(DiagnosticsStatusNotification.ACTION,
                new DiagnosticsStatusNotification.Request(DiagnosticsStatus.IDLE));
    }

    private static Reason reason(StopReason reason) {
        return switch (reason) {
            case LOCAL -> Reason.LOCAL;
            case REMOTE -> Reason.REMOTE;
            case DE_AUTHORIZED -> Reason.DE_AUTHORIZED;
            case UNLOCK_COMMAND -> Reason.UNLOCK_COMMAND;
            case HARD_RESET -> Reason.HARD_RESET;
            case SOFT_RESET -> Reason.SOFT_RESET;
            case OTHER -> Reason.OTHER;
        };
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
        values.add(sample(Long.toString(reading.energyWh()), context, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                null, UnitOfMeasure.WH));
        if (full) {
            values.add(sample(decimal(reading.powerW()), context, Measurand.POWER_ACTIVE_IMPORT, null,
                    UnitOfMeasure.W));
            List<Double> currents = reading.currentPerPhaseA();
            for (int phase = 0; phase < currents.size(); phase++) {
                values.add(sample(decimal(currents.get(phase)), context, Measurand.CURRENT_IMPORT,
                        CURRENT_PHASES[phase], UnitOfMeasure.A));
            }
            for (int phase = 0; phase < currents.size(); phase++) {
                values.add(sample(decimal(reading.voltageV()), context, Measurand.VOLTAGE, VOLTAGE_PHASES[phase],
                        UnitOfMeasure.V));
            }
        }
        return new MeterValue(reading.timestamp(), values);
    }

    private static SampledValue sample(String value, ReadingContext context, Measurand measurand, Phase phase,
                                       UnitOfMeasure unit) {
        return new SampledValue(value, context, null, measurand, phase, null, unit);
    }

    /**
     * One decimal, dot separator, whatever the default locale; the text {@code %.1f} gives for the (non-negative)
     * readings, at a fraction of the cost of a Formatter (seven of these in every MeterValues).
     */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
