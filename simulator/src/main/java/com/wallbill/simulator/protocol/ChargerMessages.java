package com.wallbill.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.ChargingSession;
import com.wallbill.simulator.model.ConnectorState;
import com.wallbill.simulator.model.MeterReading;
import com.wallbill.simulator.model.StopReason;
import java.time.Instant;

/**
 * Turns the version-neutral charger model into one OCPP version's requests, and reads that version's answers.
 * The simulated charger never sees a version-specific type: it asks this adapter what to send.
 */
public interface ChargerMessages {

    OcppVersion version();

    static ChargerMessages of(OcppVersion version) {
        return version == OcppVersion.V16 ? new V16Messages() : new V201Messages();
    }

    /** Why the charger (re)boots, for 2.0.1's BootNotification reason. */
    enum BootCause {
        POWER_UP,
        REMOTE_RESET,
        TRIGGERED
    }

    Outgoing bootNotification(ChargerProfile profile, BootCause cause);

    BootAnswer readBoot(JsonNode answer);

    Outgoing heartbeat();

    /** The connectors reported after boot: 1.6 charge point (0) and connector 1; 2.0.1 EVSE 1 connector 1. */
    int[] reportedConnectors();

    /**
     * What this version calls the state; the charger sends a StatusNotification only when it changes (2.0.1
     * folds Preparing, Charging and Finishing into Occupied).
     */
    String reportedStatus(ConnectorState state);

    Outgoing statusNotification(int connectorId, ConnectorState state, Instant at);

    Outgoing authorize(String idTag);

    /** Whether an Authorize answer accepts the card. */
    boolean authorized(JsonNode answer);

    /**
     * 1.6 StartTransaction or 2.0.1 TransactionEvent Started (which needs {@code session.transactionId()} set:
     * see {@link #chargerAssignsTransactionId()}).
     */
    Outgoing transactionStarted(ChargingSession session, MeterReading begin);

    /** True on 2.0.1, where the charger picks the transaction id; on 1.6 the answer carries it. */
    boolean chargerAssignsTransactionId();

    /** Reads the start answer: stores the 1.6 transaction id and tells whether the card was accepted. */
    boolean startAccepted(JsonNode answer, ChargingSession session);

    /** 1.6 MeterValues with the transaction id, or 2.0.1 TransactionEvent Updated. */
    Outgoing transactionUpdated(ChargingSession session, MeterReading reading, boolean triggered);

    /** 1.6 StopTransaction or 2.0.1 TransactionEvent Ended. */
    Outgoing transactionEnded(ChargingSession session, MeterReading begin, MeterReading end, StopReason reason);

    /**
     * Answer to a TriggerMessage for MeterValues: 1.6 MeterValues (with the transaction id while a session
     * runs), 2.0.1 MeterValues for the EVSE.
     */
    Outgoing triggeredMeterValues(ChargingSession sessionOrNull, MeterReading reading);

    /** A FirmwareStatusNotification saying Idle. */
    Outgoing firmwareIdle();

    /** A DiagnosticsStatusNotification saying Idle; null where the version has none (2.0.1). */
    Outgoing diagnosticsIdle();
}
