package com.wallbill.simulator.charger;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.dispatch.CallOutcome;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.simulator.CloseReason;
import com.wallbill.simulator.HandshakeFailedException;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.EnergyMeter;
import com.wallbill.simulator.protocol.BootAnswer;
import com.wallbill.simulator.protocol.ChargerMessages;
import com.wallbill.simulator.protocol.ChargerMessages.BootCause;
import com.wallbill.simulator.protocol.Outgoing;
import com.wallbill.simulator.stats.ErrorKind;
import com.wallbill.simulator.stats.RunStats;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The life of a simulated charger's connection, shared by the realistic and the load-test chargers: connect
 * through the handshake gate (reconnecting after a refusal or a drop), BootNotification until Accepted
 * (retrying after the interval while Pending or Rejected), CALLs with answers delivered on the charger's
 * {@link Lane}, and a clean close at the end of the run. Subclasses say what happens once accepted and how
 * server CALLs are answered.
 */
abstract class ConnectedCharger {

    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(5);
    private static final Duration BOOT_RETRY_WITHOUT_INTERVAL = Duration.ofSeconds(10);

    final ChargerProfile profile;
    final FleetContext context;
    final ChargerMessages messages;
    final EnergyMeter meter;
    final Random random;
    final Lane lane;
    final RunStats stats;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    volatile ChargerLink link;
    boolean accepted;
    boolean ending;
    private boolean everConnected;

    ConnectedCharger(ChargerProfile profile, FleetContext context) {
        this.profile = profile;
        this.context = context;
        this.stats = context.stats();
        this.random = new Random(profile.seed());
        this.messages = ChargerMessages.of(profile.version());
        this.meter = new EnergyMeter(profile.supply(), profile.initialRegisterWh(), random);
        this.lane = new Lane(context.lanes(), failure -> stats.error(ErrorKind.OTHER,
                profile.id() + " simulator failure: " + failure));
    }

    public ChargerProfile profile() {
        return profile;
    }

    /** Connects and boots; returns at once. */
    public void start() {
        lane.execute(() -> connect(BootCause.POWER_UP));
    }

    /** BootNotification was accepted (first time or again after a reconnect or a triggered boot). */
    abstract void onAccepted(int heartbeatSeconds);

    /** Answers a CALL from the central system. */
    abstract void onServerCall(ChargerLink from, Call call);

    /** The connection dropped (not at the end of the run); a reconnect is already scheduled. */
    void onDisconnected() {
    }

    /** At the end of the run, before the connection closes; the returned future gates the close. */
    CompletableFuture<Void> beforeClose() {
        return CompletableFuture.completedFuture(null);
    }

    /** Ends the run for this charger: {@link #beforeClose()}, then close. Completes when closed. */
    public CompletableFuture<Void> finish() {
        lane.execute(() -> {
            ending = true;
            beforeClose().whenCompleteAsync((ignored, error) -> {
                dropLink();
                closed.complete(null);
            }, lane);
        });
        return closed;
    }

    void connect(BootCause cause) {
        if (ending) {
            return;
        }
        context.handshakes().submit(() -> {
            try {
                ChargerLink opened = ChargerLink.connect(context.endpoint(), profile.id(), profile.version(),
                        context.passwords().apply(profile.id()), context.callTimeout(), stats, new LinkEvents());
                lane.execute(() -> connected(opened, cause));
            } catch (HandshakeFailedException e) {
                stats.error(ErrorKind.CONNECT_FAILED, profile.id() + " HTTP " + e.status() + ": " + e.getMessage());
                lane.execute(() -> afterWall(RECONNECT_DELAY, () -> connect(cause)));
            } catch (RuntimeException e) {
                stats.error(ErrorKind.CONNECT_FAILED, profile.id() + ": " + e);
                lane.execute(() -> afterWall(RECONNECT_DELAY, () -> connect(cause)));
            }
        });
    }

    private void connected(ChargerLink opened, BootCause cause) {
        if (ending) {
            opened.close();
            return;
        }
        if (!opened.isOpen()) {
            // closed before this task ran; its close event was ignored as it was not yet the current link
            afterWall(RECONNECT_DELAY, () -> connect(cause));
            return;
        }
        link = opened;
        if (!everConnected) {
            everConnected = true;
            stats.connected.increment();
        }
        boot(cause);
    }

    void boot(BootCause cause) {
        ChargerLink bootedOn = link;
        Runnable retryLater = () -> {
            if (link == bootedOn && bootedOn != null && !accepted) {
                boot(cause);
            }
        };
        send(messages.bootNotification(profile, cause), answer -> {
            BootAnswer boot = messages.readBoot(answer);
            if (boot.registration() == BootAnswer.Registration.ACCEPTED) {
                accepted = true;
                onAccepted(boot.intervalSeconds());
            } else {
                stats.bootsPendingOrRejected.increment();
                accepted = false;
                afterWall(boot.intervalSeconds() > 0 ? Duration.ofSeconds(boot.intervalSeconds())
                        : BOOT_RETRY_WITHOUT_INTERVAL, retryLater);
            }
        }, () -> afterWall(BOOT_RETRY_WITHOUT_INTERVAL, retryLater));
    }

    private void disconnected(ChargerLink from, CloseReason reason) {
        if (from != link) {
            return;
        }
        link = null;
        accepted = false;
        if (!ending) {
            stats.error(ErrorKind.DISCONNECTED, profile.id() + " connection closed: " + reason.code() + " "
                    + reason.reason());
            onDisconnected();
            afterWall(RECONNECT_DELAY, () -> connect(BootCause.POWER_UP));
        }
    }

    /** Closes the current connection on purpose (reset, end of run): no error, no automatic reconnect. */
    void dropLink() {
        ChargerLink current = link;
        link = null;
        accepted = false;
        if (current != null) {
            current.close();
        }
    }

    /** Whether CALLs other than BootNotification may go out now. */
    boolean isAccepted() {
        return accepted && link != null && !ending;
    }

    /** Sends a CALL now; see {@link #send(Outgoing, long, Consumer, Runnable)}. */
    void send(Outgoing outgoing, Consumer<JsonNode> onAnswer, Runnable onFailure) {
        send(outgoing, System.nanoTime(), onAnswer, onFailure);
    }

    /**
     * Queues a CALL whose intended send time was {@code intendedNanos} ({@link System#nanoTime()}); latency is
     * measured from then. {@code onAnswer} runs on the lane with the CALLRESULT payload; {@code onFailure} on a
     * CALLERROR, timeout, lost connection or invalid answer (all already counted as errors).
     */
    void send(Outgoing outgoing, long intendedNanos, Consumer<JsonNode> onAnswer, Runnable onFailure) {
        ChargerLink current = link;
        if (current == null) {
            onFailure.run();
            return;
        }
        current.call(outgoing.action(), outgoing.request(), intendedNanos).whenCompleteAsync((outcome, error) -> {
            if (outcome instanceof CallOutcome.Answered answered) {
                try {
                    onAnswer.accept(answered.payload());
                } catch (OcppValidationException e) {
                    stats.error(ErrorKind.INVALID_RESPONSE, profile.id() + " " + outgoing.action() + " answer: "
                            + e.getMessage());
                    onFailure.run();
                }
            } else {
                onFailure.run();
            }
        }, lane);
    }

    /** Sends and ignores the answer (failures are still counted). */
    void sendQuietly(Outgoing outgoing) {
        send(outgoing, answer -> { }, () -> { });
    }

    /** Runs {@code task} on the lane after a wall-clock delay. */
    ScheduledFuture<?> afterWall(Duration delay, Runnable task) {
        return context.timers().schedule(() -> lane.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs {@code task} on the lane after a simulated delay (wall delay = simulated / speed). */
    ScheduledFuture<?> afterSim(Duration simulated, Runnable task) {
        return context.timers().schedule(() -> lane.execute(task), context.clock().wallNanos(simulated),
                TimeUnit.NANOSECONDS);
    }

    private final class LinkEvents implements ChargerLink.Listener {

        @Override
        public void onServerCall(ChargerLink from, Call call) {
            lane.execute(() -> {
                if (from == link) {
                    ConnectedCharger.this.onServerCall(from, call);
                }
            });
        }

        @Override
        public void onClosed(ChargerLink from, CloseReason reason) {
            lane.execute(() -> disconnected(from, reason));
        }
    }
}
