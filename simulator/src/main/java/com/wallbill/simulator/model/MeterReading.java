package com.wallbill.simulator.model;

import java.time.Instant;
import java.util.List;

/**
 * One sample of the charger's meter, version-neutral: the energy register, the power at that moment, the
 * current on each used phase and the phase voltage.
 */
public record MeterReading(
        Instant timestamp,
        long energyWh,
        double powerW,
        List<Double> currentPerPhaseA,
        double voltageV,
        ReadingPurpose purpose) {

    /** Why the sample was taken; maps onto the ReadingContext of both versions. */
    public enum ReadingPurpose {
        TRANSACTION_BEGIN,
        PERIODIC,
        TRANSACTION_END,
        TRIGGER
    }

    public MeterReading {
        currentPerPhaseA = List.copyOf(currentPerPhaseA);
    }
}
