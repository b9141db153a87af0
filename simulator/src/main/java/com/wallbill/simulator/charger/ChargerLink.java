package com.wallbill.simulator.charger;

import com.wallbill.ocpp.dispatch.CallOutcome;
import com.wallbill.ocpp.dispatch.OutboundCalls;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.CloseReason;
import com.wallbill.simulator.ScriptedChargePoint;
import com.wallbill.simulator.stats.ErrorKind;
import com.wallbill.simulator.stats.RunStats;
import com.wallbill.simulator.transport.ChargePointSocket;
import com.wallbill.simulator.transport.OcppJson;
import com.wallbill.simulator.transport.SocketListener;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated charger's OCPP-J connection: CALLs go out one at a time in FIFO order as a real charger sends
 * them (ocpp-core's {@link OutboundCalls}), server CALLs are handed to the charger, and every frame and answer
 * is counted in the run's {@link RunStats}. Latency runs from each call's intended send time to its answer.
 */
final class ChargerLink implements SocketListener {

    /** Told about inbound CALLs and the end of the connection; called on transport threads. */
    interface Listener {
        void onServerCall(ChargerLink from, Call call);

        void onClosed(ChargerLink from, CloseReason reason);
    }

    private final String chargerId;
    private final OcppVersion version;
    private final RunStats stats;
    private final Listener listener;
    private final OutboundCalls outbound;
    private final String idPrefix = Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "-";
    private final AtomicLong nextId = new AtomicLong();
    private volatile ChargePointSocket socket;
    private volatile boolean closing;

    private ChargerLink(String chargerId, OcppVersion version, Duration callTimeout, RunStats stats,
                        Listener listener) {
        this.chargerId = chargerId;
        this.version = version;
        this.stats = stats;
        this.listener = listener;
        this.outbound = new OutboundCalls(version, this::write, CallTimeouts.SHARED, callTimeout,
                () -> idPrefix + nextId.incrementAndGet());
    }

    /** Blocks until the upgrade succeeded; throws {@link com.wallbill.simulator.HandshakeFailedException}. */
    static ChargerLink connect(URI endpoint, String chargerId, OcppVersion version, String password,
                               Duration callTimeout, RunStats stats, Listener listener) {
        ChargerLink link = new ChargerLink(chargerId, version, callTimeout, stats, listener);
        String authorization = password == null ? null : ScriptedChargePoint.basicAuthorization(chargerId, password);
        ChargePointSocket.connect(ScriptedChargePoint.chargePointUri(endpoint, chargerId),
                List.of(version.subprotocol()), authorization, opened -> {
                    link.socket = opened;
                    return link;
                });
        return link;
    }

    /**
     * Queues a CALL. The outcome is recorded in the stats (latency from {@code intendedNanos}, a
     * {@link System#nanoTime()} value, for answers; an error otherwise) and returned.
     */
    CompletionStage<CallOutcome> call(String action, Object request, long intendedNanos) {
        return outbound.call(action, OcppJson.toJson(request)).whenComplete((outcome, failure) -> {
            if (outcome instanceof CallOutcome.Answered) {
                stats.recordLatency(System.nanoTime() - intendedNanos);
            } else if (outcome instanceof CallOutcome.Errored errored) {
                stats.recordLatency(System.nanoTime() - intendedNanos);
                stats.error(ErrorKind.CALL_ERROR, chargerId + " " + action + ": " + errored.errorCode() + " "
                        + errored.description());
            } else if (outcome instanceof CallOutcome.TimedOut) {
                stats.error(ErrorKind.TIMEOUT, chargerId + " " + action + " got no answer");
            } else if (!closing) {
                stats.error(ErrorKind.DISCONNECTED, chargerId + " " + action + " lost with the connection");
            }
        });
    }

    /** Sends the answer to a server CALL; dropped if the connection is gone (the server will time out). */
    void answer(Frame frame) {
        try {
            send(OcppJson.codec().encode(version, frame));
        } catch (IllegalStateException e) {
            // closed meanwhile: nobody to answer
        }
    }

    int pendingCalls() {
        return outbound.pending();
    }

    boolean isOpen() {
        ChargePointSocket current = socket;
        return current != null && current.isOpen();
    }

    /** Closes normally; calls still waiting complete as disconnected without counting as errors. */
    void close() {
        closing = true;
        ChargePointSocket current = socket;
        if (current != null) {
            current.close();
        }
        outbound.disconnected();
    }

    @Override
    public void onText(String text) {
        stats.received.increment();
        Decoded decoded = OcppJson.codec().decode(version, text);
        if (decoded instanceof Decoded.Ok ok) {
            Frame frame = ok.frame();
            if (frame instanceof Call call) {
                listener.onServerCall(this, call);
            } else if (frame instanceof CallResult result) {
                outbound.onResult(result);
            } else {
                outbound.onError((CallError) frame);
            }
        } else if (decoded instanceof Decoded.Rejected rejected) {
            stats.error(ErrorKind.OTHER, chargerId + " received a malformed frame");
            answer(rejected.reply());
        } else {
            stats.error(ErrorKind.OTHER, chargerId + " ignored a frame: " + ((Decoded.Ignored) decoded).reason());
        }
    }

    @Override
    public void onClose(CloseReason reason) {
        outbound.disconnected();
        listener.onClosed(this, reason);
    }

    private void write(Call call) {
        send(OcppJson.codec().encode(version, call));
    }

    private void send(String text) {
        ChargePointSocket current = socket;
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("connection closed");
        }
        stats.sent.increment();
        current.send(text);
    }
}
