package com.wallbill.simulator.run;

import com.wallbill.simulator.transport.WebSocketClients;

/**
 * Runs a simulation from Java, as the CLI does. {@link #run} blocks for the run's duration (plus connection
 * setup and a graceful end) and returns the summary; {@link #start} runs it in the background so that a test
 * can poke the chargers meanwhile and {@link SimulationRun#stop() stop} it early. Server-side failures never
 * throw: they are counted in the summary.
 */
public final class Simulation {

    private Simulation() {
    }

    public static Summary run(SimulationOptions options) {
        SimulationRun run = new SimulationRun();
        execute(options, run);
        return run.await();
    }

    public static SimulationRun start(SimulationOptions options) {
        SimulationRun run = new SimulationRun();
        WebSocketClients.daemonThreads("wallbill-simulation").newThread(() -> execute(options, run)).start();
        return run;
    }

    private static void execute(SimulationOptions options, SimulationRun run) {
        try {
            run.complete(switch (options.mode()) {
                case REALISTIC -> new RealisticRun(options, run).run();
                case LOAD -> new LoadRun(options, false, run).run();
                case STORM -> new LoadRun(options, true, run).run();
            });
        } catch (RuntimeException | Error e) {
            run.fail(e);
        }
    }
}
