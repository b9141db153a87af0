package com.wallbill.central.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.session.SessionFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingsTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void absentMeasurandAndUnitMeanTheImportRegisterInWh() {
        Sample s = Readings.sample(AT, null, null, null, null, null, 0, "1234", new BigDecimal("1234"));
        assertThat(s.measurand()).isEqualTo("Energy.Active.Import.Register");
        assertThat(s.context()).isEqualTo("Sample.Periodic");
        assertThat(s.registerWh()).isEqualByComparingTo("1234");
    }

    @Test
    void kilowattHoursAreConvertedToWh() {
        Sample s = Readings.sample(AT, "Sample.Periodic", "Energy.Active.Import.Register", null, null, "kWh", 0,
                "12.3456", Readings.parse("12.3456"));
        assertThat(s.registerWh()).isEqualByComparingTo("12345.6");
        assertThat(s.rawValue()).isEqualTo("12.3456");
    }

    @Test
    void ocpp201MultiplierScalesTheValue() {
        Sample s = Readings.sample(AT, null, "Energy.Active.Import.Register", null, null, "Wh", 3, "12.5",
                new BigDecimal("12.5"));
        assertThat(s.registerWh()).isEqualByComparingTo("12500");
    }

    @Test
    void otherMeasurandsPhasesAndEvSideMetersAreStoredButNotTheEnergyOfRecord() {
        assertThat(Readings.sample(AT, null, "Power.Active.Import", null, null, "W", 0, "7400",
                new BigDecimal("7400")).registerWh()).isNull();
        assertThat(Readings.sample(AT, null, null, "L1", null, "Wh", 0, "10", BigDecimal.TEN).registerWh()).isNull();
        assertThat(Readings.sample(AT, null, null, null, "EV", "Wh", 0, "10", BigDecimal.TEN).registerWh()).isNull();
        assertThat(Readings.sample(AT, null, null, null, null, "varh", 0, "10", BigDecimal.TEN).registerWh())
                .isNull();
    }

    @Test
    void perPhaseRegistersAreSummedWhenNoTotalIsReported() {
        List<Sample> phases = List.of(
                Readings.sample(AT, null, null, "L1", null, "Wh", 0, "100", new BigDecimal("100")),
                Readings.sample(AT, null, null, "L2", null, "Wh", 0, "200", new BigDecimal("200")),
                Readings.sample(AT, null, null, "L3", null, "kWh", 0, "0.3", new BigDecimal("0.3")));
        List<Sample> completed = Readings.withPhaseSum(phases);
        assertThat(completed).hasSize(4);
        assertThat(completed.get(3).registerWh()).isEqualByComparingTo("600");
        List<Sample> withTotal = Readings.withPhaseSum(List.of(phases.get(0),
                Readings.sample(AT, null, null, null, null, "Wh", 0, "999", new BigDecimal("999"))));
        assertThat(withTotal).hasSize(2);
    }

    @Test
    void unparseableValuesAreKeptRawWithoutANumber() {
        assertThat(Readings.parse("n/a")).isNull();
        assertThat(Readings.parse(" 42.5 ")).isEqualByComparingTo("42.5");
    }

    @Test
    void futureAndUnsetChargerClocksAreFlaggedButQueuedOldTimesAreNot() {
        Instant received = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(Readings.clockFlags(received.plusSeconds(600), received)).containsExactly(SessionFlag.CLOCK_SKEW);
        assertThat(Readings.clockFlags(Instant.parse("1970-01-01T00:00:10Z"), received))
                .containsExactly(SessionFlag.CLOCK_SKEW);
        assertThat(Readings.clockFlags(received.minusSeconds(3 * 86400), received)).isEmpty();
        assertThat(Readings.clockFlags(received.plusSeconds(60), received)).isEmpty();
    }
}
