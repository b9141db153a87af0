package com.wallbill.simulator.charger;

import com.wallbill.simulator.model.SimClock;
import com.wallbill.simulator.stats.RunStats;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What all chargers of one run share: where to connect, credentials, the simulated clock, threads, counters and
 * the timing settings.
 *
 * @param passwords          charger id to password; a null result means no credentials
 * @param lanes              takes the chargers' lane turns (see {@link Lane}); lane tasks never block
 * @param timers             schedules wall-clock timers
 * @param callTimeout        how long a charger waits for an answer
 * @param meterInterval      simulated time between periodic meter values (initial setting)
 * @param heartbeatInterval  heartbeat interval until the BootNotification answer sets one
 * @param simRunTime         simulated length of the run (sizes remotely started sessions and delays)
 * @param sessionSlot        simulated time reserved for one planned session (scales plug-in/unplug delays)
 */
public record FleetContext(
        URI endpoint,
        Function<String, String> passwords,
        SimClock clock,
        RunStats stats,
        HandshakeGate handshakes,
        Executor lanes,
        ScheduledExecutorService timers,
        Duration callTimeout,
        Duration meterInterval,
        Duration heartbeatInterval,
        Duration simRunTime,
        Duration sessionSlot) {
}
