package com.wallbill.simulator.charger;

import com.wallbill.simulator.model.StopReason;
import java.util.Optional;

/**
 * What the central system's commands may do to a simulated charger. Queries answer at once; actions are run by
 * the command handlers as follow-ups, after the answer has been sent, as a real charger does.
 */
interface ChargerControl {

    /** Messages a TriggerMessage can ask for, across both versions. */
    enum Triggerable {
        BOOT_NOTIFICATION,
        HEARTBEAT,
        STATUS_NOTIFICATION,
        METER_VALUES,
        TRANSACTION_EVENT,
        DIAGNOSTICS_STATUS,
        FIRMWARE_STATUS
    }

    ChargerSettings settings();

    /** Whether a remote start could begin a session now (accepted, operative, no session running). */
    boolean canStartSession();

    /** Starts a session for {@code idTag} without Authorize (the central system vouched for it). */
    void startRemotely(String idTag, Integer remoteStartId);

    /** The running transaction's id, if any. */
    Optional<String> activeTransactionId();

    void stopSession(StopReason reason);

    /** Stops any session, drops the connection, reconnects and boots again. */
    void reboot(boolean hard);

    /** Reboots once the running session has ended (2.0.1 Reset OnIdle). */
    void rebootWhenIdle();

    /** True when Inoperative must wait for the running session to end (answer Scheduled). */
    boolean setOperative(boolean operative);

    /** Whether a TriggerMessage for this can be honoured now. */
    boolean canSend(Triggerable message);

    void send(Triggerable message);
}
