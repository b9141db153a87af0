package com.wallbill.simulator.run;

import com.wallbill.simulator.charger.FleetContext;
import com.wallbill.simulator.charger.LoadCharger;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.Fleet;
import com.wallbill.simulator.model.SimClock;
import com.wallbill.simulator.stats.RunStats;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The benchmark modes. Load: set every charger up (boot, status, a running transaction), then run the fixed
 * timetable for {@code duration}, reporting each second; latency counts from scheduled send times and the
 * summary covers the timetable phase only. Storm: connect everyone at once and time how long until the last
 * charger's StatusNotification was accepted.
 */
final class LoadRun {

    private static final Duration SETUP_ALLOWANCE = Duration.ofSeconds(60);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long TIMETABLE_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final SimulationOptions options;
    private final boolean storm;
    private final PrintStream progress;
    private final SimulationRun control;

    LoadRun(SimulationOptions options, boolean storm, SimulationRun control) {
        this.options = options;
        this.storm = storm;
        this.control = control;
        this.progress = options.progress();
    }

    Summary run() {
        RunStats stats = new RunStats();
        SimClock clock = SimClock.startingNow(options.speed());
        List<ChargerProfile> fleet = Fleet.generate(options.count(), options.v201Ratio(), options.idPrefix(),
                options.seed());
        CountDownLatch allReady = new CountDownLatch(fleet.size());
        AtomicLong ready = new AtomicLong();
        AtomicLong lastReady = new AtomicLong(Long.MIN_VALUE);
        try (RunResources resources = new RunResources(options)) {
            Duration simRunTime = Duration.ofNanos((long) (options.duration().toNanos() * options.speed()));
            FleetContext context = new FleetContext(options.endpoint(), options::passwordFor, clock, stats,
                    resources.handshakes, resources.lanes, resources.timers, options.callTimeout(),
                    options.meterInterval(), options.heartbeatInterval(), simRunTime, simRunTime);
            List<LoadCharger> chargers = new ArrayList<>(fleet.size());
            for (ChargerProfile profile : fleet) {
                chargers.add(new LoadCharger(profile, context, !storm, at -> {
                    ready.incrementAndGet();
                    lastReady.accumulateAndGet(at, Math::max);
                    allReady.countDown();
                }));
            }
            long started = System.nanoTime();
            chargers.forEach(LoadCharger::start);
            Summary summary = storm
                    ? stormSummary(stats, allReady, ready, lastReady, started)
                    : timetable(stats, chargers, allReady, ready, started);
            CompletableFuture<?>[] endings = chargers.stream().map(LoadCharger::finish)
                    .toArray(CompletableFuture[]::new);
            Waiting.upTo(CompletableFuture.allOf(endings), options.callTimeout().plusSeconds(2));
            return summary;
        }
    }

    private Summary stormSummary(RunStats stats, CountDownLatch allReady, AtomicLong ready, AtomicLong lastReady,
                                 long started) {
        boolean everyone = await(allReady, options.duration());
        long end = everyone ? lastReady.get() : System.nanoTime();
        long stormMillis = everyone ? TimeUnit.NANOSECONDS.toMillis(end - started) : -1;
        print("storm: %d/%d chargers ready after %d ms", ready.get(), options.count(),
                TimeUnit.NANOSECONDS.toMillis(end - started));
        if (!options.hold().isZero()) {
            print("holding %d idle connections for %d s", ready.get(), options.hold().toSeconds());
            control.sleepUntil(System.nanoTime() + options.hold().toNanos());
        }
        return SummaryBuilder.from(options, stats, ready.get(), Duration.ofNanos(end - started), stormMillis,
                List.of());
    }

    private Summary timetable(RunStats stats, List<LoadCharger> chargers, CountDownLatch allReady, AtomicLong ready,
                              long started) {
        Duration setupLimit = SETUP_ALLOWANCE.plusNanos(options.connectRate() > 0
                ? (long) (options.count() / options.connectRate() * 1e9) : 0);
        await(allReady, setupLimit);
        print("setup: %d/%d chargers ready after %d ms", ready.get(), options.count(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        stats.takeInterval(); // setup latencies stay in the run total but not in the measured phase
        long timetableStart = System.nanoTime() + TIMETABLE_LEAD_NANOS;
        LoadCharger.Timetable timetable = new LoadCharger.Timetable(options.heartbeatInterval(),
                options.meterInterval(), options.statusInterval());
        chargers.forEach(charger -> charger.startTimetable(timetableStart, timetable));
        long start = timetableStart;
        if (!options.loadWarmup().isZero()) {
            // Traffic both JVMs compile their hot paths on; its latencies are not part of the result.
            start = timetableStart + options.loadWarmup().toNanos();
            control.sleepUntil(start);
            stats.takeInterval();
            print("warm-up: %d s of traffic done, measuring from now", options.loadWarmup().toSeconds());
        }
        long errorsBefore = stats.totalErrors();

        Histogram measured = new Histogram(3);
        List<IntervalReport> perSecond = new ArrayList<>();
        long end = start + options.duration().toNanos();
        long errorsSoFar = errorsBefore;
        for (int second = 1; start + (second - 1) * 1_000_000_000L < end; second++) {
            if (control.sleepUntil(Math.min(end, start + second * 1_000_000_000L))) {
                end = Math.max(start, System.nanoTime());
            }
            Histogram interval = stats.takeInterval();
            measured.add(interval);
            long errors = stats.totalErrors();
            IntervalReport report = new IntervalReport(second, interval.getTotalCount(), errors - errorsSoFar,
                    interval.getValueAtPercentile(50), interval.getValueAtPercentile(99),
                    interval.getValueAtPercentile(99.9), interval.getMaxValue());
            errorsSoFar = errors;
            perSecond.add(report);
            print("[%4ds] %6d answers/s  p50 %7d µs  p99 %7d µs  p99.9 %7d µs  max %7d µs  errors %d",
                    report.second(), report.answered(), report.p50(), report.p99(), report.p999(), report.max(),
                    report.errors());
        }
        chargers.forEach(LoadCharger::stopTimetable);
        // throughput counts answers that arrived within the window; latency also counts the backlog drained after
        long answeredInWindow = measured.getTotalCount();
        drain(chargers);
        measured.add(stats.takeInterval());
        // Benchmarks stop their CPU accounting here: what follows (every transaction stopped, every socket closed)
        // is not part of the measured traffic.
        print("measured: %d answers in %d ms, now stopping the chargers", answeredInWindow,
                TimeUnit.NANOSECONDS.toMillis(end - start));
        return SummaryBuilder.from(options, stats, ready.get(), Duration.ofNanos(end - start), -1, perSecond,
                measured, answeredInWindow);
    }

    /** Waits (up to the call timeout) for answers to messages sent during the measured phase. */
    private void drain(List<LoadCharger> chargers) {
        long limit = System.nanoTime() + options.callTimeout().toNanos();
        while (System.nanoTime() < limit && chargers.stream().mapToInt(LoadCharger::pendingCalls).sum() > 0) {
            Waiting.sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** Waits for the latch until {@code limit} or a stop request, polling the latter. */
    private boolean await(CountDownLatch latch, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (!latch.await(Math.min(POLL_NANOS, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                if (System.nanoTime() >= deadline || control.stopRequested()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void print(String format, Object... args) {
        if (progress != null) {
            progress.println(String.format(Locale.ROOT, format, args));
        }
    }
}
