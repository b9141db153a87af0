package com.wallbill.simulator.charger;

import com.wallbill.simulator.model.ChargingSession;
import com.wallbill.simulator.model.ConnectorState;
import com.wallbill.simulator.model.MeterReading;
import com.wallbill.simulator.model.MeterReading.ReadingPurpose;
import com.wallbill.simulator.model.SessionPlanner;
import com.wallbill.simulator.model.SessionPlanner.PlannedSession;
import com.wallbill.simulator.model.StopReason;
import com.wallbill.simulator.protocol.Outgoing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * The connector of a {@link SimulatedCharger} through its charging sessions: plug in (Preparing), Authorize,
 * start the transaction, charge with periodic meter values until the car has its energy, stop (Finishing),
 * unplug (Available). Also what the central system's commands do to it. Runs on the charger's lane only.
 */
final class ChargingCycle implements ChargerControl {

    private static final Duration MAX_PLUG_TO_AUTHORIZE = Duration.ofSeconds(30);
    private static final Duration MAX_FINISHING = Duration.ofMinutes(2);
    private static final Duration MIN_TICK = Duration.ofSeconds(1);

    private final SimulatedCharger charger;
    private ConnectorState state = ConnectorState.AVAILABLE;
    private boolean operative = true;
    private boolean inoperativeWhenIdle;
    private boolean rebootWhenIdle;
    private boolean starting;
    private ChargingSession session;
    private MeterReading beginReading;
    private ScheduledFuture<?> meterTimer;
    private ScheduledFuture<?> unplugTimer;

    ChargingCycle(SimulatedCharger charger) {
        this.charger = charger;
    }

    ConnectorState state() {
        return state;
    }

    boolean operative() {
        return operative;
    }

    Optional<ChargingSession> session() {
        return Optional.ofNullable(session);
    }

    /** Plans the sessions relative to the start of the simulated run. */
    void schedule(List<PlannedSession> plan) {
        Duration now = charger.context.clock().simElapsed();
        for (PlannedSession planned : plan) {
            Duration wait = planned.plugInAt().minus(now);
            charger.afterSim(wait.isNegative() ? Duration.ZERO : wait, () -> plugIn(planned.targetEnergyWh()));
        }
    }

    // ---- a locally started session ------------------------------------------------------------------

    private void plugIn(long targetWh) {
        if (!canStartSession()) {
            return;
        }
        starting = true;
        changeState(ConnectorState.PREPARING);
        charger.afterSim(shorter(MAX_PLUG_TO_AUTHORIZE, charger.context.sessionSlot().dividedBy(20)),
                () -> authorize(targetWh));
    }

    private void authorize(long targetWh) {
        String idTag = charger.profile.idTag();
        charger.send(charger.messages.authorize(idTag), answer -> {
            if (charger.messages.authorized(answer)) {
                begin(idTag, targetWh, null);
            } else {
                charger.stats.sessionsRejected.increment();
                abandonStart();
            }
        }, this::abandonStart);
    }

    private void abandonStart() {
        starting = false;
        changeState(operative ? ConnectorState.AVAILABLE : ConnectorState.UNAVAILABLE);
    }

    private void begin(String idTag, long targetWh, Integer remoteStartId) {
        Instant now = charger.context.clock().now();
        ChargingSession started = new ChargingSession(idTag, targetWh, remoteStartId, now, charger.meter.registerWh());
        if (charger.messages.chargerAssignsTransactionId()) {
            // random, not seeded: a rerun with the same seed must not replay old transaction ids
            started.transactionId(UUID.randomUUID().toString());
        }
        session = started;
        beginReading = charger.meter.read(now, ReadingPurpose.TRANSACTION_BEGIN);
        charger.send(charger.messages.transactionStarted(started, beginReading), answer -> {
            starting = false;
            if (session != started) {
                return;
            }
            if (charger.messages.startAccepted(answer, started)) {
                charger.stats.sessionsStarted.increment();
                changeState(ConnectorState.CHARGING);
                scheduleTick(started);
            } else {
                charger.stats.sessionsRejected.increment();
                stop(StopReason.DE_AUTHORIZED);
            }
        }, () -> {
            if (session == started) {
                session = null;
            }
            abandonStart();
        });
    }

    // ---- charging ------------------------------------------------------------------------------------

    /** Next meter tick: at the sample interval, or when the car will be full if that is sooner. */
    private void scheduleTick(ChargingSession running) {
        long remainingWh = running.targetEnergyWh() - delivered(running);
        Duration toFull = SessionPlanner.chargingTime(Math.max(0, remainingWh), charger.meter.supply());
        Duration interval = Duration.ofSeconds(charger.settings.meterIntervalSeconds());
        boolean periodic = !interval.isZero() && interval.compareTo(toFull) < 0;
        Duration wait = periodic ? interval : longer(toFull, MIN_TICK);
        meterTimer = charger.afterSim(wait, () -> tick(running, periodic));
    }

    private void tick(ChargingSession running, boolean periodic) {
        if (session != running) {
            return;
        }
        advanceMeter(charger.context.clock().now());
        if (!periodic || delivered(running) >= running.targetEnergyWh()) {
            stop(StopReason.LOCAL);
            return;
        }
        MeterReading reading = charger.meter.read(running.lastSampleAt(), ReadingPurpose.PERIODIC);
        charger.send(charger.messages.transactionUpdated(running, reading, false), answer -> { }, () -> { });
        scheduleTick(running);
    }

    private void advanceMeter(Instant now) {
        Duration elapsed = Duration.between(session.lastSampleAt(), now);
        double power = state == ConnectorState.CHARGING ? charger.meter.supply().powerWatts() : 0;
        charger.meter.advance(elapsed.isNegative() ? Duration.ZERO : elapsed, power);
        session.lastSampleAt(now);
    }

    private long delivered(ChargingSession running) {
        return charger.meter.registerWh() - running.startRegisterWh();
    }

    /** Ends the running session; completes when the central system answered (or the call failed). */
    CompletableFuture<Void> stop(StopReason reason) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (session == null) {
            done.complete(null);
            return done;
        }
        ChargingSession ending = session;
        cancel(meterTimer);
        if (ending.transactionId() == null) {
            // 1.6 StartTransaction still unanswered: there is no transaction to stop yet
            session = null;
            starting = false;
            done.complete(null);
            return done;
        }
        advanceMeter(charger.context.clock().now());
        charger.meter.idle();
        MeterReading end = charger.meter.read(ending.lastSampleAt(), ReadingPurpose.TRANSACTION_END);
        session = null;
        Outgoing ended = charger.messages.transactionEnded(ending, beginReading, end, reason);
        long deliveredWh = end.energyWh() - ending.startRegisterWh();
        charger.send(ended, answer -> {
            charger.stats.sessionsCompleted.increment();
            charger.stats.energyWh.add(deliveredWh);
            done.complete(null);
        }, () -> done.complete(null));
        boolean resetting = reason == StopReason.HARD_RESET || reason == StopReason.SOFT_RESET;
        if (!resetting && reason != StopReason.OTHER) {
            changeState(ConnectorState.FINISHING);
            unplugTimer = charger.afterSim(shorter(MAX_FINISHING, charger.context.sessionSlot().dividedBy(10)),
                    this::unplugged);
        }
        return done;
    }

    private void unplugged() {
        if (session != null || state != ConnectorState.FINISHING) {
            return;
        }
        if (inoperativeWhenIdle) {
            inoperativeWhenIdle = false;
            operative = false;
        }
        changeState(operative ? ConnectorState.AVAILABLE : ConnectorState.UNAVAILABLE);
        if (rebootWhenIdle) {
            rebootWhenIdle = false;
            charger.reboot(false);
        }
    }

    private void changeState(ConnectorState next) {
        state = next;
        charger.reportConnector(next);
    }

    // ---- commands from the central system --------------------------------------------------------------

    @Override
    public ChargerSettings settings() {
        return charger.settings;
    }

    @Override
    public boolean canStartSession() {
        return charger.isAccepted() && operative && session == null && !starting
                && (state == ConnectorState.AVAILABLE || state == ConnectorState.PREPARING);
    }

    @Override
    public void startRemotely(String idTag, Integer remoteStartId) {
        if (!canStartSession()) {
            return;
        }
        starting = true;
        changeState(ConnectorState.PREPARING);
        Duration left = charger.context.simRunTime().minus(charger.context.clock().simElapsed());
        double capWh = charger.meter.supply().powerWatts() * Math.max(0, left.toSeconds()) / 3600.0 * 0.8;
        long wantedWh = 5_000 + (long) (charger.random.nextDouble() * 25_000);
        begin(idTag, Math.max(1, Math.min(wantedWh, (long) capWh)), remoteStartId);
    }

    @Override
    public Optional<String> activeTransactionId() {
        return session == null ? Optional.empty() : Optional.ofNullable(session.transactionId());
    }

    @Override
    public void stopSession(StopReason reason) {
        stop(reason);
    }

    @Override
    public void reboot(boolean hard) {
        charger.reboot(hard);
    }

    @Override
    public void rebootWhenIdle() {
        rebootWhenIdle = true;
    }

    @Override
    public boolean setOperative(boolean wanted) {
        if (!wanted && (session != null || starting)) {
            inoperativeWhenIdle = true;
            return true;
        }
        inoperativeWhenIdle = false;
        operative = wanted;
        if (state == ConnectorState.AVAILABLE || state == ConnectorState.UNAVAILABLE) {
            changeState(wanted ? ConnectorState.AVAILABLE : ConnectorState.UNAVAILABLE);
        }
        charger.reportAllConnectors();
        return false;
    }

    @Override
    public boolean canSend(Triggerable message) {
        return switch (message) {
            case TRANSACTION_EVENT -> session != null && session.transactionId() != null;
            case DIAGNOSTICS_STATUS -> charger.messages.diagnosticsIdle() != null;
            default -> true;
        };
    }

    @Override
    public void send(Triggerable message) {
        switch (message) {
            case BOOT_NOTIFICATION -> charger.triggerBoot();
            case HEARTBEAT -> charger.triggerHeartbeat();
            case STATUS_NOTIFICATION -> charger.reportAllConnectors();
            case METER_VALUES -> {
                if (session != null) {
                    advanceMeter(charger.context.clock().now());
                }
                MeterReading reading = charger.read(ReadingPurpose.TRIGGER);
                sendQuietly(charger.messages.triggeredMeterValues(session, reading));
            }
            case TRANSACTION_EVENT -> {
                if (session != null) {
                    advanceMeter(charger.context.clock().now());
                    MeterReading reading = charger.read(ReadingPurpose.TRIGGER);
                    sendQuietly(charger.messages.transactionUpdated(session, reading, true));
                }
            }
            case FIRMWARE_STATUS -> sendQuietly(charger.messages.firmwareIdle());
            case DIAGNOSTICS_STATUS -> sendQuietly(charger.messages.diagnosticsIdle());
        }
    }

    private void sendQuietly(Outgoing outgoing) {
        if (outgoing != null) {
            charger.sendQuietly(outgoing);
        }
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
