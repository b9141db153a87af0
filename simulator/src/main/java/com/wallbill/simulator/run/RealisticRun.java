package com.wallbill.simulator.run;

import com.wallbill.simulator.charger.FleetContext;
import com.wallbill.simulator.charger.SimulatedCharger;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.Fleet;
import com.wallbill.simulator.model.SessionPlanner;
import com.wallbill.simulator.model.SimClock;
import com.wallbill.simulator.stats.RunStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/** The realistic mode: a fleet of home chargers with planned sessions, for {@code duration} of wall time. */
final class RealisticRun {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** Mixed into each charger's seed for its session plan, so plans do not repeat its identity draws. */
    private static final long PLAN_SALT = 0x5E55_10A5L;

    private final SimulationOptions options;
    private final SimulationRun control;

    RealisticRun(SimulationOptions options, SimulationRun control) {
        this.options = options;
        this.control = control;
    }

    Summary run() {
        RunStats stats = new RunStats();
        SimClock clock = SimClock.startingNow(options.speed());
        Duration simRunTime = Duration.ofNanos((long) (options.duration().toNanos() * options.speed()));
        Duration slot = simRunTime.dividedBy(Math.max(1, options.sessionsPerCharger()));
        List<ChargerProfile> fleet = Fleet.generate(options.count(), options.v201Ratio(), options.idPrefix(),
                options.seed());
        try (RunResources resources = new RunResources(options)) {
            FleetContext context = new FleetContext(options.endpoint(), options::passwordFor, clock, stats,
                    resources.handshakes, resources.lanes, resources.timers, options.callTimeout(),
                    options.meterInterval(), options.heartbeatInterval(), simRunTime, slot);
            List<SimulatedCharger> chargers = new ArrayList<>(fleet.size());
            for (ChargerProfile profile : fleet) {
                Random planRandom = new Random(profile.seed() ^ PLAN_SALT);
                chargers.add(new SimulatedCharger(profile, context, SessionPlanner.plan(planRandom,
                        options.sessionsPerCharger(), simRunTime, profile.supply())));
            }
            long started = System.nanoTime();
            chargers.forEach(SimulatedCharger::start);
            waitAndReport(started, stats);
            CompletableFuture<?>[] endings = chargers.stream().map(SimulatedCharger::finish)
                    .toArray(CompletableFuture[]::new);
            Waiting.upTo(CompletableFuture.allOf(endings), options.callTimeout().plusSeconds(2));
            Duration measured = Duration.ofNanos(System.nanoTime() - started);
            return SummaryBuilder.from(options, stats, stats.accepted.sum(), measured, -1, List.of());
        }
    }

    private void waitAndReport(long started, RunStats stats) {
        long end = started + options.duration().toNanos();
        long nextReport = started + PROGRESS_EVERY.toNanos();
        while (System.nanoTime() < end) {
            if (control.sleepUntil(Math.min(end, nextReport))) {
                return;
            }
            if (options.progress() != null && System.nanoTime() >= nextReport) {
                options.progress().printf(Locale.ROOT,
                        "[%4ds] connected %d/%d accepted %d | sessions %d started, %d completed | %d Wh"
                                + " | sent %d received %d | errors %d%n",
                        Duration.ofNanos(System.nanoTime() - started).toSeconds(), stats.connected.sum(),
                        options.count(), stats.accepted.sum(), stats.sessionsStarted.sum(),
                        stats.sessionsCompleted.sum(), stats.energyWh.sum(), stats.sent.sum(),
                        stats.received.sum(), stats.totalErrors());
                nextReport += PROGRESS_EVERY.toNanos();
            }
        }
    }
}
