package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.FrameCodec;
import com.wallbill.ocpp.rpc.OcppVersion;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The CSMS's calls to one connected charger: at most one in flight, the rest queued in FIFO order, each ending
 * in exactly one {@link CallOutcome} (answer, CALLERROR as a value, timeout, or disconnect).
 *
 * <p>One instance per connection, so its state is kept small: the queue is allocated only while calls wait.
 * Thread-safe; the {@link Sender} is invoked outside the lock, and futures complete outside it too.
 *
 * <p>If {@link Sender#send} throws, that call completes as {@link CallOutcome.Disconnected} (the transport is
 * the only reason a send fails) and the next queued call is tried. After {@link #disconnected()} the instance is
 * closed for good: new calls complete as Disconnected at once.
 */
public final class OutboundCalls {

    /** Puts a CALL on the wire (encode and write). */
    @FunctionalInterface
    public interface Sender {
        void send(Call call);
    }

    /** Schedules a task once after a delay; returns an action that cancels it (a no-op once it ran). */
    @FunctionalInterface
    public interface Timers {
        Runnable schedule(Duration delay, Runnable task);
    }

    private static final CallOutcome DISCONNECTED = new CallOutcome.Disconnected();

    private final OcppVersion version;
    private final Sender sender;
    private final Timers timers;
    private final Duration timeout;
    private final Supplier<String> messageIds;

    private Pending inFlight;
    private ArrayDeque<Pending> queue;
    private boolean closed;

    public OutboundCalls(OcppVersion version, Sender sender, Timers timers, Duration timeout,
                         Supplier<String> messageIds) {
        this.version = Objects.requireNonNull(version, "version");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.messageIds = Objects.requireNonNull(messageIds, "messageIds");
    }

    /** Queues a CALL; it is sent as soon as nothing else is in flight. */
    public CompletionStage<CallOutcome> call(String action, JsonNode payload) {
        String id = messageIds.get();
        if (id == null || id.length() > FrameCodec.MAX_MESSAGE_ID_LENGTH) {
            throw new IllegalStateException("Message id supplier gave an id that is not 1-36 characters");
        }
        Pending pending = new Pending(new Call(id, action, payload));
        boolean sendNow = false;
        boolean refused = false;
        synchronized (this) {
            if (closed) {
                refused = true;
            } else if (inFlight == null) {
                inFlight = pending;
                arm(pending);
                sendNow = true;
            } else {
                if (queue == null) {
                    queue = new ArrayDeque<>(4);
                }
                queue.addLast(pending);
            }
        }
        if (refused) {
            pending.settle(DISCONNECTED);
        } else if (sendNow) {
            sendFrom(pending);
        }
        return pending.future;
    }

    /** A CALLRESULT arrived. Returns false when it is not for the call in flight (log it and move on). */
    public boolean onResult(CallResult result) {
        Pending current = current(result.messageId());
        return current != null && finish(current, new CallOutcome.Answered(result.payload()));
    }

    /** A CALLERROR arrived. Returns false when it is not for the call in flight (log it and move on). */
    public boolean onError(CallError error) {
        Pending current = current(error.messageId());
        return current != null && finish(current, new CallOutcome.Errored(
                error.code().wireName(version), error.description(), error.details()));
    }

    /** The connection is gone: every call in flight or queued completes as Disconnected. */
    public void disconnected() {
        List<Pending> dropped = new ArrayList<>();
        synchronized (this) {
            closed = true;
            if (inFlight != null) {
                dropped.add(inFlight);
                inFlight = null;
            }
            if (queue != null) {
                dropped.addAll(queue);
                queue = null;
            }
        }
        dropped.forEach(pending -> pending.settle(DISCONNECTED));
    }

    /** Calls not yet completed: the one in flight plus the queued ones. */
    public synchronized int pending() {
        return (inFlight == null ? 0 : 1) + (queue == null ? 0 : queue.size());
    }

    private synchronized Pending current(String messageId) {
        return inFlight != null && inFlight.call.messageId().equals(messageId) ? inFlight : null;
    }

    private boolean finish(Pending pending, CallOutcome outcome) {
        Pending next;
        synchronized (this) {
            if (inFlight != pending) {
                return false;
            }
            next = promoteNext();
        }
        pending.settle(outcome);
        sendFrom(next);
        return true;
    }

    /** Sends {@code first}; if the sender throws, settles it as Disconnected and tries the next, and so on. */
    private void sendFrom(Pending first) {
        Pending pending = first;
        while (pending != null) {
            try {
                sender.send(pending.call);
                return;
            } catch (RuntimeException e) {
                Pending next;
                synchronized (this) {
                    if (inFlight != pending) {
                        return; // timed out or disconnected meanwhile; already settled
                    }
                    next = promoteNext();
                }
                pending.settle(DISCONNECTED);
                pending = next;
            }
        }
    }

    /** Caller holds the lock. Makes the head of the queue the call in flight and starts its timer. */
    private Pending promoteNext() {
        Pending next = queue == null ? null : queue.pollFirst();
        if (queue != null && queue.isEmpty()) {
            queue = null;
        }
        inFlight = next;
        if (next != null) {
            arm(next);
        }
        return next;
    }

    /** Caller holds the lock. */
    private void arm(Pending pending) {
        pending.cancelTimer = timers.schedule(timeout,
                () -> finish(pending, new CallOutcome.TimedOut(timeout)));
    }

    private static final class Pending {
        final Call call;
        final CompletableFuture<CallOutcome> future = new CompletableFuture<>();
        Runnable cancelTimer;

        Pending(Call call) {
            this.call = call;
        }

        void settle(CallOutcome outcome) {
            Runnable cancel = cancelTimer;
            if (cancel != null) {
                cancel.run();
            }
            future.complete(outcome);
        }
    }
}
