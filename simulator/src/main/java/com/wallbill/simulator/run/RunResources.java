package com.wallbill.simulator.run;

import com.wallbill.simulator.charger.HandshakeGate;
import com.wallbill.simulator.transport.WebSocketClients;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Threads of one run: the chargers' lanes, wall-clock timers and the handshake gate. Closed after the run. */
final class RunResources implements AutoCloseable {

    final ExecutorService lanes;
    final ScheduledThreadPoolExecutor timers;
    final HandshakeGate handshakes;

    RunResources(SimulationOptions options) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.lanes = Executors.newFixedThreadPool(threads, WebSocketClients.daemonThreads("wallbill-sim-lane"));
        this.timers = new ScheduledThreadPoolExecutor(2, WebSocketClients.daemonThreads("wallbill-sim-clock"));
        timers.setRemoveOnCancelPolicy(true);
        this.handshakes = new HandshakeGate(options.maxPendingHandshakes(), options.connectRate());
    }

    @Override
    public void close() {
        handshakes.close();
        timers.shutdownNow();
        lanes.shutdownNow();
    }
}
