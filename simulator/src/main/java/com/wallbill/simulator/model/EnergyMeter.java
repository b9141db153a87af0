package com.wallbill.simulator.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The charger's lifetime energy register, in Wh. It only ever rises: each {@link #advance} adds the energy of
 * the given power over the given (simulated) time, with a little noise, as a real car's draw wobbles.
 * Not thread-safe: a charger touches its meter from one thread at a time.
 */
public final class EnergyMeter {

    /** Relative wobble of power around its set point (a car draws a bit less or more than the wall box offers). */
    static final double POWER_NOISE = 0.03;
    private static final double VOLTAGE_NOISE = 4.0;

    private final ElectricalSupply supply;
    private final Random random;
    private double registerWh;
    private double lastPowerW;

    public EnergyMeter(ElectricalSupply supply, long initialRegisterWh, Random random) {
        this.supply = supply;
        this.random = random;
        this.registerWh = initialRegisterWh;
    }

    /** The register, rounded down to whole Wh as meters report it. */
    public long registerWh() {
        return (long) Math.floor(registerWh);
    }

    public ElectricalSupply supply() {
        return supply;
    }

    /**
     * Charges at (about) {@code powerW} for {@code elapsed} simulated time and returns the power actually drawn.
     * Zero power or zero time leaves the register as it is.
     */
    public double advance(Duration elapsed, double powerW) {
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("time does not run backwards: " + elapsed);
        }
        double drawn = powerW <= 0 ? 0 : powerW * (1 + POWER_NOISE * (2 * random.nextDouble() - 1));
        double hours = elapsed.toNanos() / 3.6e12;
        registerWh += drawn * hours;
        lastPowerW = drawn;
        return drawn;
    }

    /** Marks the end of charging: later samples show no power until the next {@link #advance}. */
    public void idle() {
        lastPowerW = 0;
    }

    /** A sample of the meter as it stands. */
    public MeterReading read(Instant timestamp, MeterReading.ReadingPurpose purpose) {
        double voltage = ElectricalSupply.NOMINAL_VOLTAGE + VOLTAGE_NOISE * (2 * random.nextDouble() - 1);
        double perPhase = supply.currentPerPhase(lastPowerW, voltage);
        List<Double> currents = new ArrayList<>(supply.phases());
        for (int phase = 0; phase < supply.phases(); phase++) {
            currents.add(perPhase);
        }
        return new MeterReading(timestamp, registerWh(), lastPowerW, currents, voltage, purpose);
    }
}
