package com.wallbill.simulator.charger;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.ConnectorState;
import com.wallbill.simulator.model.MeterReading;
import com.wallbill.simulator.model.SessionPlanner.PlannedSession;
import com.wallbill.simulator.model.StopReason;
import com.wallbill.simulator.protocol.ChargerMessages.BootCause;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One simulated home charger: boots, reports its connectors, sends heartbeats at the interval the central
 * system gave, runs its planned charging sessions ({@link ChargingCycle}) and answers the central system's
 * commands. All state is touched on the charger's lane only.
 */
public final class SimulatedCharger extends ConnectedCharger {

    final ChargerSettings settings;
    private final ServerCommands commands;
    private final ChargingCycle cycle;
    private final List<PlannedSession> plan;
    private final Map<Integer, String> reportedStatus = new HashMap<>();
    private boolean everAccepted;
    private ScheduledFuture<?> heartbeat;

    public SimulatedCharger(ChargerProfile profile, FleetContext context, List<PlannedSession> plan) {
        super(profile, context);
        this.plan = List.copyOf(plan);
        this.commands = ServerCommands.of(profile.version());
        this.settings = new ChargerSettings(profile.version(), profile.id(),
                (int) context.heartbeatInterval().toSeconds(), (int) context.meterInterval().toSeconds());
        this.cycle = new ChargingCycle(this);
    }

    @Override
    void onAccepted(int heartbeatSeconds) {
        settings.heartbeatFromBoot(heartbeatSeconds);
        reportAllConnectors();
        restartHeartbeat();
        if (!everAccepted) {
            everAccepted = true;
            stats.accepted.increment();
            cycle.schedule(plan);
        }
    }

    @Override
    void onServerCall(ChargerLink from, Call call) {
        int heartbeatBefore = settings.heartbeatSeconds();
        ServerCommands.Reply reply = commands.handle(call, cycle);
        from.answer(reply.answer());
        reply.followUps().forEach(Runnable::run);
        if (settings.heartbeatSeconds() != heartbeatBefore && isAccepted()) {
            restartHeartbeat();
        }
    }

    @Override
    void onDisconnected() {
        cancelHeartbeat();
        reportedStatus.clear();
    }

    /** End of run: a running session stops with reason Other before the connection closes. */
    @Override
    CompletableFuture<Void> beforeClose() {
        cancelHeartbeat();
        return cycle.stop(StopReason.OTHER);
    }

    /** Reset: the running session ends first, then the charger drops the line and boots again. */
    void reboot(boolean hard) {
        cycle.stop(hard ? StopReason.HARD_RESET : StopReason.SOFT_RESET).whenCompleteAsync((ignored, error) -> {
            cancelHeartbeat();
            reportedStatus.clear();
            dropLink();
            afterWall(Duration.ofSeconds(1), () -> connect(BootCause.REMOTE_RESET));
        }, lane);
    }

    private void restartHeartbeat() {
        cancelHeartbeat();
        long seconds = settings.heartbeatSeconds();
        if (seconds > 0) {
            heartbeat = context.timers().scheduleAtFixedRate(() -> lane.execute(this::sendHeartbeat),
                    seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private void sendHeartbeat() {
        if (isAccepted()) {
            sendQuietly(messages.heartbeat());
        }
    }

    private void cancelHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
    }

    /** Reports every connector (1.6 also connector 0, the charge point itself), whatever was sent before. */
    void reportAllConnectors() {
        reportedStatus.clear();
        for (int connector : messages.reportedConnectors()) {
            ConnectorState state = connector == 0
                    ? (cycle.operative() ? ConnectorState.AVAILABLE : ConnectorState.UNAVAILABLE)
                    : cycle.state();
            report(connector, state);
        }
    }

    /** Reports connector 1's state if this version sees a change. */
    void reportConnector(ConnectorState state) {
        report(1, state);
    }

    private void report(int connector, ConnectorState state) {
        String wire = messages.reportedStatus(state);
        if (isAccepted() && !wire.equals(reportedStatus.get(connector))) {
            reportedStatus.put(connector, wire);
            sendQuietly(messages.statusNotification(connector, state, context.clock().now()));
        }
    }

    void triggerBoot() {
        boot(BootCause.TRIGGERED);
    }

    void triggerHeartbeat() {
        sendQuietly(messages.heartbeat());
    }

    MeterReading read(MeterReading.ReadingPurpose purpose) {
        return meter.read(context.clock().now(), purpose);
    }
}
