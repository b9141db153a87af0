package com.wallbill.simulator.charger;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.ChargingSession;
import com.wallbill.simulator.model.ConnectorState;
import com.wallbill.simulator.model.MeterReading;
import com.wallbill.simulator.model.MeterReading.ReadingPurpose;
import com.wallbill.simulator.model.StopReason;
import com.wallbill.simulator.protocol.Outgoing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A charger for benchmarks. Setup: connect, boot, StatusNotification, and (load mode) start a transaction so
 * that meter values have one to belong to; then it reports ready. On {@link #startTimetable} it sends Heartbeat,
 * meter values (1.6 MeterValues with the transaction id, 2.0.1 TransactionEvent Updated) and StatusNotification
 * on fixed periods with a random phase, whether or not earlier answers came back (open loop). Each message's
 * latency is measured from its scheduled time, so a slow server cannot hide its backlog (no coordinated
 * omission). Server CALLs are answered NotSupported: a benchmark charger takes no commands.
 */
public final class LoadCharger extends ConnectedCharger {

    /** Periods of the three message streams; a null period turns that stream off. */
    public record Timetable(Duration heartbeat, Duration meterValues, Duration statusNotification) {
    }

    private final boolean withTransaction;
    private final LongConsumer onReady;
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private ChargingSession session;
    private MeterReading beginReading;
    private boolean ready;
    private boolean running;

    /**
     * @param withTransaction load mode (start a transaction during setup); false for a storm
     * @param onReady         told the {@link System#nanoTime()} at which setup completed; called once
     */
    public LoadCharger(ChargerProfile profile, FleetContext context, boolean withTransaction, LongConsumer onReady) {
        super(profile, context);
        this.withTransaction = withTransaction;
        this.onReady = onReady;
    }

    @Override
    void onAccepted(int heartbeatSeconds) {
        ConnectorState state = session != null ? ConnectorState.CHARGING : ConnectorState.AVAILABLE;
        send(messages.statusNotification(1, state, context.clock().now()), answer -> {
            if (withTransaction && session == null) {
                startTransaction();
            } else {
                markReady();
            }
        }, () -> { });
    }

    private void startTransaction() {
        Instant now = context.clock().now();
        ChargingSession started = new ChargingSession(profile.idTag(), Long.MAX_VALUE, null, now, meter.registerWh());
        if (messages.chargerAssignsTransactionId()) {
            started.transactionId(UUID.randomUUID().toString());
        }
        MeterReading begin = meter.read(now, ReadingPurpose.TRANSACTION_BEGIN);
        send(messages.transactionStarted(started, begin), answer -> {
            messages.startAccepted(answer, started);
            session = started;
            beginReading = begin;
            sendQuietly(messages.statusNotification(1, ConnectorState.CHARGING, context.clock().now()));
            markReady();
        }, () -> { });
    }

    private void markReady() {
        if (!ready) {
            ready = true;
            onReady.accept(System.nanoTime());
        }
    }

    /** Starts the three streams; the first message of each falls at a random point of its first period. */
    public void startTimetable(long startNanos, Timetable timetable) {
        lane.execute(() -> {
            running = true;
            stream(startNanos, timetable.heartbeat(), () -> messages.heartbeat());
            stream(startNanos, timetable.meterValues(), this::meterValues);
            stream(startNanos, timetable.statusNotification(), () -> messages.statusNotification(1,
                    session != null ? ConnectorState.CHARGING : ConnectorState.AVAILABLE, context.clock().now()));
        });
    }

    /** Stops sending new timetable messages; answers still due are awaited by the run. */
    public void stopTimetable() {
        lane.execute(() -> {
            running = false;
            timers.forEach(timer -> timer.cancel(false));
            timers.clear();
        });
    }

    private void stream(long startNanos, Duration period, Supplier<Outgoing> message) {
        if (period == null) {
            return;
        }
        long first = startNanos + (long) (random.nextDouble() * period.toNanos());
        Stream stream = new Stream(first, period.toNanos(), message);
        // one timer per stream for the whole run, not one per message: the clock re-queues the same task
        timers.add(context.timers().scheduleAtFixedRate(() -> lane.execute(stream), first - System.nanoTime(),
                period.toNanos(), TimeUnit.NANOSECONDS));
    }

    /**
     * One message stream on a fixed grid. The clock runs a fixed-rate timer late rather than skip a period, so
     * the n-th run is the message due at {@code first + n * period}, and latency counts from that time.
     */
    private final class Stream implements Runnable {
        private final long periodNanos;
        private final Supplier<Outgoing> message;
        private long dueNanos;

        Stream(long firstNanos, long periodNanos, Supplier<Outgoing> message) {
            this.dueNanos = firstNanos;
            this.periodNanos = periodNanos;
            this.message = message;
        }

        @Override
        public void run() {
            long due = dueNanos;
            dueNanos += periodNanos;
            if (running && isAccepted()) {
                send(message.get(), due, answer -> { }, () -> { });
            }
        }
    }

    private Outgoing meterValues() {
        Instant now = context.clock().now();
        if (session == null) {
            return messages.triggeredMeterValues(null, meter.read(now, ReadingPurpose.PERIODIC));
        }
        meter.advance(Duration.between(session.lastSampleAt(), now), meter.supply().powerWatts());
        session.lastSampleAt(now);
        return messages.transactionUpdated(session, meter.read(now, ReadingPurpose.PERIODIC), false);
    }

    /** Ends the benchmark transaction so the central system is left tidy. */
    @Override
    CompletableFuture<Void> beforeClose() {
        running = false;
        timers.forEach(timer -> timer.cancel(false));
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (session == null || session.transactionId() == null || !isAcceptedIgnoringEnd()) {
            done.complete(null);
            return done;
        }
        Instant now = context.clock().now();
        meter.idle();
        MeterReading end = meter.read(now, ReadingPurpose.TRANSACTION_END);
        send(messages.transactionEnded(session, beginReading, end, StopReason.OTHER),
                answer -> done.complete(null), () -> done.complete(null));
        session = null;
        return done;
    }

    /** Calls queued or in flight on the current connection (read from any thread; approximate). */
    public int pendingCalls() {
        ChargerLink current = link;
        return current == null ? 0 : current.pendingCalls();
    }

    private boolean isAcceptedIgnoringEnd() {
        return accepted && link != null;
    }

    @Override
    void onServerCall(ChargerLink from, Call call) {
        from.answer(CallError.of(call.messageId(), ErrorCode.NOT_SUPPORTED, "benchmark charger takes no commands"));
    }
}
