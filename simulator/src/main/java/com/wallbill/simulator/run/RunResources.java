package com.wallbill.simulator.run;

import com.wallbill.simulator.charger.HandshakeGate;
import com.wallbill.simulator.transport.WebSocketClients;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Threads of one run: one wall-clock timer thread and the handshake gate. Chargers' lanes take their turns on the
 * calling thread (see {@code Lane}) until the run is closed. Closed after the run.
 */
final class RunResources implements AutoCloseable {

    final Executor lanes;
    final ScheduledThreadPoolExecutor timers;
    final HandshakeGate handshakes;
    private volatile boolean closed;

    RunResources(SimulationOptions options) {
        this.lanes = turn -> {
            if (closed) {
                throw new RejectedExecutionException("the run is over");
            }
            turn.run();
        };
        // one thread: with two, each timer that fires wakes the other thread to wait for the next one
        this.timers = new ScheduledThreadPoolExecutor(1, WebSocketClients.daemonThreads("wallbill-sim-clock"));
        timers.setRemoveOnCancelPolicy(true);
        this.handshakes = new HandshakeGate(options.maxPendingHandshakes(), options.connectRate());
    }

    @Override
    public void close() {
        closed = true;
        handshakes.close();
        timers.shutdownNow();
    }
}
