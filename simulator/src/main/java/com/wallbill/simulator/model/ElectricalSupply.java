package com.wallbill.simulator.model;

import java.util.List;

/**
 * What a home wall box can deliver: 3.7 kW (one phase, 16 A), 7.4 kW (one phase, 32 A) or 11 kW (three
 * phases, 16 A), at a nominal 230 V per phase.
 */
public record ElectricalSupply(double powerKw, int phases) {

    public static final double NOMINAL_VOLTAGE = 230.0;

    public static final ElectricalSupply SINGLE_PHASE_16A = new ElectricalSupply(3.7, 1);
    public static final ElectricalSupply SINGLE_PHASE_32A = new ElectricalSupply(7.4, 1);
    public static final ElectricalSupply THREE_PHASE_16A = new ElectricalSupply(11.0, 3);

    public static final List<ElectricalSupply> HOME_OPTIONS =
            List.of(SINGLE_PHASE_16A, SINGLE_PHASE_32A, THREE_PHASE_16A);

    public ElectricalSupply {
        if (!(powerKw > 0) || phases < 1 || phases > 3) {
            throw new IllegalArgumentException("bad supply " + powerKw + " kW on " + phases + " phases");
        }
    }

    public double powerWatts() {
        return powerKw * 1000.0;
    }

    /** Current per phase at the given power and phase voltage. */
    public double currentPerPhase(double powerWatts, double voltage) {
        return powerWatts / (phases * voltage);
    }
}
