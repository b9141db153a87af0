package com.wallbill.central.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.session.SessionFlag;
import com.wallbill.central.session.Readings.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingsTest {

    private static Value v(String measurand, String phase, String location, String unit, int multiplier, String value) {
        return new Value(null, measurand, phase, location, unit, multiplier,
                value == null ? null : new BigDecimal(value));
    }

    @Test
    void absentMeasurandAndUnitMeanTheImportRegisterInWh() {
        assertThat(Readings.registerWh(List.of(v(null, null, null, null, 0, "1234")))).isEqualByComparingTo("1234");
    }

    @Test
    void kilowattHoursAreConvertedToWh() {
        assertThat(Readings.registerWh(List.of(v("Energy.Active.Import.Register", null, null, "kWh", 0, "12.3456"))))
                .isEqualByComparingTo("12345.6");
    }

    @Test
    void ocpp201MultiplierScalesTheValue() {
        assertThat(Readings.registerWh(List.of(v(null, null, null, "Wh", 3, "12.5")))).isEqualByComparingTo("12500");
    }

    @Test
    void otherMeasurandsUnitsAndEvSideMetersAreNotTheEnergyOfRecord() {
        assertThat(Readings.registerWh(List.of(v("Power.Active.Import", null, null, "W", 0, "7400")))).isNull();
        assertThat(Readings.registerWh(List.of(v(null, null, "EV", "Wh", 0, "10")))).isNull();
        assertThat(Readings.registerWh(List.of(v(null, null, null, "varh", 0, "10")))).isNull();
        assertThat(Readings.registerWh(List.of(v(null, null, null, null, 0, null)))).isNull();
    }

    @Test
    void totalRegisterWinsOverPowerAndPhasesWhateverTheOrder() {
        List<Value> values = List.of(v("Power.Active.Import", null, null, "W", 0, "7400"),
                v(null, "L1", null, "Wh", 0, "100"), v(null, null, "Outlet", "Wh", 0, "999"));
        assertThat(Readings.registerWh(values)).isEqualByComparingTo("999");
    }

    @Test
    void perPhaseRegistersAreSummedWhenNoTotalIsReported() {
        List<Value> phases = List.of(v(null, "L1", null, "Wh", 0, "100"), v(null, "L2-N", null, "Wh", 0, "200"),
                v(null, "L3", null, "kWh", 0, "0.3"));
        assertThat(Readings.registerWh(phases)).isEqualByComparingTo("600");
    }

    @Test
    void contextIsTheRegistersElseTheFirstValuesElsePeriodic() {
        assertThat(Readings.context(List.of(new Value("Trigger", "Power.Active.Import", null, null, null, 0, null),
                new Value("Transaction.End", null, null, null, null, 0, null)))).isEqualTo("Transaction.End");
        assertThat(Readings.context(List.of(new Value("Trigger", "Voltage", null, null, null, 0, null))))
                .isEqualTo("Trigger");
        assertThat(Readings.context(List.of(v("Voltage", null, null, "V", 0, "230")))).isEqualTo("Sample.Periodic");
    }

    @Test
    void ocpp16MeterStartIsStoredInTheSampledValueForm() {
        MeterReading start = MeterReading.register(Instant.parse("2026-11-27T10:00:00Z"), "Transaction.Begin", 1500);
        assertThat(start.registerWh()).isEqualByComparingTo("1500");
        assertThat(start.sampledValues()).isEqualTo("[{\"value\":\"1500\",\"context\":\"Transaction.Begin\","
                + "\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]");
    }

    @Test
    void unparseableValuesHaveNoNumber() {
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
