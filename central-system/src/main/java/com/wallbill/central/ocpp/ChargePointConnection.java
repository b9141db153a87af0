package com.wallbill.central.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.dispatch.CallOutcome;
import com.wallbill.ocpp.dispatch.OutboundCalls;
import com.wallbill.ocpp.rpc.OcppVersion;
import io.vertx.core.http.ServerWebSocket;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One live WebSocket of one charger. Kept lean: thousands exist at once, so the outbound-call machinery is
 * created on first use and everything else is a few fields.
 */
public final class ChargePointConnection {

    /** Where the charger stands with respect to BootNotification (OCPP 1.6 errata 3.10, 2.0.1 B02/B03). */
    public enum BootState {
        /** Connected, no BootNotification answered yet on record. */
        NOT_BOOTED,
        PENDING,
        REJECTED,
        ACCEPTED
    }

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final long id = IDS.incrementAndGet();
    private final String chargePointId;
    private final OcppVersion version;
    private final ServerWebSocket socket;
    private final boolean authenticated;
    private final Instant connectedAt = Instant.now();
    private volatile BootState bootState;
    private volatile long lastActivityNanos = System.nanoTime();
    /** Epoch millis, not an Instant: written on every frame, and a new object each time costs GC barrier work. */
    private volatile long lastSeenMillis = connectedAt.toEpochMilli();
    private volatile boolean closed;
    private OutboundCalls calls;
    private final OutboundCallsFactory callsFactory;
    private boolean callInFlight;
    private ArrayDeque<Runnable> waitingCalls;
    private boolean paused;

    /** CALLs a charger may queue while one is handled before we stop reading from its socket. */
    private static final int MAX_WAITING_CALLS = 8;

    /** Creates this connection's outbound call queue when the first command is sent. */
    @FunctionalInterface
    public interface OutboundCallsFactory {
        OutboundCalls create(ChargePointConnection connection);
    }

    public ChargePointConnection(String chargePointId, OcppVersion version, ServerWebSocket socket,
            boolean authenticated, BootState bootState, OutboundCallsFactory callsFactory) {
        this.chargePointId = chargePointId;
        this.version = version;
        this.socket = socket;
        this.authenticated = authenticated;
        this.bootState = bootState;
        this.callsFactory = callsFactory;
    }

    public long id() {
        return id;
    }

    public String chargePointId() {
        return chargePointId;
    }

    public OcppVersion version() {
        return version;
    }

    public ServerWebSocket socket() {
        return socket;
    }

    public boolean authenticated() {
        return authenticated;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public BootState bootState() {
        return bootState;
    }

    public void bootState(BootState state) {
        this.bootState = state;
    }

    public Instant lastSeen() {
        return Instant.ofEpochMilli(lastSeenMillis);
    }

    public long lastActivityNanos() {
        return lastActivityNanos;
    }

    public void touched() {
        lastActivityNanos = System.nanoTime();
        lastSeenMillis = System.currentTimeMillis();
    }

    /** Sends a command; the stage completes with the answer, a CALLERROR, a timeout or the disconnect. */
    public synchronized CompletionStage<CallOutcome> call(String action, JsonNode payload) {
        if (calls == null) {
            calls = callsFactory.create(this);
        }
        return calls.call(action, payload);
    }

    synchronized OutboundCalls callsIfAny() {
        return calls;
    }

    /**
     * Takes the connection's single CALL slot, or queues {@code handle} to run when the slot is free: a
     * charger's CALLs are handled one after another, in order. OCPP chargers wait for each answer, so the queue
     * is normally empty; one that floods us is paused (TCP backpressure) rather than buffered without bound.
     * Pausing costs system calls, which is why it is not done for every message.
     */
    synchronized boolean tryStartCall(Runnable handle) {
        if (!callInFlight) {
            callInFlight = true;
            return true;
        }
        if (waitingCalls == null) {
            waitingCalls = new ArrayDeque<>(2);
        }
        waitingCalls.add(handle);
        if (waitingCalls.size() >= MAX_WAITING_CALLS && !paused) {
            paused = true;
            socket.pause();
        }
        return false;
    }

    /** Releases the CALL slot; returns the next queued CALL, which then holds the slot, or null. */
    synchronized Runnable finishCall() {
        Runnable next = waitingCalls == null ? null : waitingCalls.poll();
        if (next == null) {
            callInFlight = false;
            waitingCalls = null;
        }
        if (paused && (waitingCalls == null || waitingCalls.size() < MAX_WAITING_CALLS / 2)) {
            paused = false;
            socket.resume();
        }
        return next;
    }

    public boolean closed() {
        return closed;
    }

    void markClosed() {
        closed = true;
        OutboundCalls pending = callsIfAny();
        if (pending != null) {
            pending.disconnected();
        }
    }

    public void send(String text) {
        if (!closed) {
            socket.writeTextMessage(text);
        }
    }
}
