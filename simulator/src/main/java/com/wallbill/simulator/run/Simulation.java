package com.wallbill.simulator.run;

/**
 * Runs a simulation from Java, as the CLI does: {@code Summary s = Simulation.run(options)}. Blocks for the
 * run's duration (plus connection setup and a graceful end), then returns the summary. Never throws for
 * server-side failures: they are counted in the summary.
 */
public final class Simulation {

    private Simulation() {
    }

    public static Summary run(SimulationOptions options) {
        return switch (options.mode()) {
            case REALISTIC -> new RealisticRun(options).run();
            case LOAD -> new LoadRun(options, false).run();
            case STORM -> new LoadRun(options, true).run();
        };
    }
}
