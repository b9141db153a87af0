package com.wallbill.simulator.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans a charger's home-charging sessions so that all of them fit the run: the simulated run time is cut into
 * one slot per session; in each the car arrives after a short random gap, wants 4-40 kWh, and charges at most
 * 60% of the slot (a shorter run simply means smaller sessions), leaving time to finish and unplug.
 */
public final class SessionPlanner {

    private static final double MIN_TARGET_KWH = 4;
    private static final double MAX_TARGET_KWH = 40;
    private static final double MAX_CHARGING_SHARE = 0.6;

    private SessionPlanner() {
    }

    /** When (from the start of the run) the car is plugged in, and how much energy it will take. */
    public record PlannedSession(Duration plugInAt, long targetEnergyWh) {
    }

    public static List<PlannedSession> plan(Random random, int sessions, Duration simRunTime,
                                            ElectricalSupply supply) {
        List<PlannedSession> plan = new ArrayList<>(sessions);
        if (sessions <= 0) {
            return plan;
        }
        long slotNanos = simRunTime.toNanos() / sessions;
        for (int i = 0; i < sessions; i++) {
            long gapNanos = (long) (slotNanos * (0.05 + 0.15 * random.nextDouble()));
            double wantedWh = 1000 * (MIN_TARGET_KWH + (MAX_TARGET_KWH - MIN_TARGET_KWH) * random.nextDouble());
            double hoursAvailable = slotNanos * MAX_CHARGING_SHARE / 3.6e12;
            long targetWh = Math.max(1, (long) Math.min(wantedWh, supply.powerWatts() * hoursAvailable));
            plan.add(new PlannedSession(Duration.ofNanos(slotNanos * i + gapNanos), targetWh));
        }
        return plan;
    }

    /** How long charging {@code energyWh} takes at the supply's nominal power. */
    public static Duration chargingTime(long energyWh, ElectricalSupply supply) {
        return Duration.ofNanos((long) (energyWh / supply.powerWatts() * 3.6e12));
    }
}
