package com.wallbill.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnergyMeterTest {

    @Test
    void registerRisesMonotonicallyAtAboutTheChosenPower() {
        EnergyMeter meter = new EnergyMeter(ElectricalSupply.SINGLE_PHASE_32A, 1_000_000, new Random(3));
        long previous = meter.registerWh();
        for (int minute = 0; minute < 60; minute++) {
            meter.advance(Duration.ofMinutes(1), ElectricalSupply.SINGLE_PHASE_32A.powerWatts());
            assertThat(meter.registerWh()).isGreaterThanOrEqualTo(previous);
            previous = meter.registerWh();
        }
        // one hour at 7.4 kW, within the noise band
        assertThat(meter.registerWh() - 1_000_000).isBetween(7400L * 97 / 100, 7400L * 103 / 100);
    }

    @Test
    void noPowerOrNoTimeLeavesTheRegisterAlone() {
        EnergyMeter meter = new EnergyMeter(ElectricalSupply.THREE_PHASE_16A, 42_000, new Random(1));
        meter.advance(Duration.ofHours(2), 0);
        meter.advance(Duration.ZERO, 11_000);
        assertThat(meter.registerWh()).isEqualTo(42_000);
    }

    @Test
    void timeRunningBackwardsIsRefused() {
        EnergyMeter meter = new EnergyMeter(ElectricalSupply.SINGLE_PHASE_16A, 0, new Random(1));
        assertThatThrownBy(() -> meter.advance(Duration.ofSeconds(-1), 3700))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingSplitsCurrentOverThePhasesInUse() {
        EnergyMeter meter = new EnergyMeter(ElectricalSupply.THREE_PHASE_16A, 0, new Random(5));
        double power = meter.advance(Duration.ofMinutes(5), 11_000);
        MeterReading reading = meter.read(Instant.parse("2025-01-01T00:00:00Z"), MeterReading.ReadingPurpose.PERIODIC);
        assertThat(reading.currentPerPhaseA()).hasSize(3);
        assertThat(reading.powerW()).isEqualTo(power);
        double total = reading.currentPerPhaseA().stream().mapToDouble(Double::doubleValue).sum() * reading.voltageV();
        assertThat(total).isCloseTo(power, within(0.01));
    }

    @Test
    void idleMeterReportsNoPowerButKeepsItsRegister() {
        EnergyMeter meter = new EnergyMeter(ElectricalSupply.SINGLE_PHASE_16A, 0, new Random(5));
        meter.advance(Duration.ofHours(1), 3_700);
        long register = meter.registerWh();
        meter.idle();
        MeterReading reading = meter.read(Instant.EPOCH, MeterReading.ReadingPurpose.TRANSACTION_END);
        assertThat(reading.powerW()).isZero();
        assertThat(reading.energyWh()).isEqualTo(register);
    }
}
