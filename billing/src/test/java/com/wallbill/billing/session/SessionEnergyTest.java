package com.wallbill.billing.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionEnergyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T20:00:00Z");

    private static RegisterReading at(long seconds, String wh) {
        return new RegisterReading(T0.plusSeconds(seconds), new BigDecimal(wh));
    }

    @Nested
    class RisingRegister {

        @Test
        void energyIsLastMinusFirstReading() {
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(1800, "4700"), at(3600, "8400")), T0,
                    T0.plusSeconds(3600));
            assertThat(result.energyWh()).isEqualByComparingTo("7400");
            assertThat(result.startWh()).isEqualByComparingTo("1000");
            assertThat(result.stopWh()).isEqualByComparingTo("8400");
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void readingsAreOrderedByTimeNotByArrival() {
            var result = SessionEnergy.compute(List.of(at(3600, "8400"), at(0, "1000"), at(1800, "4700")), T0,
                    T0.plusSeconds(3600));
            assertThat(result.energyWh()).isEqualByComparingTo("7400");
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void fractionalWhAreKeptExactly() {
            var result = SessionEnergy.compute(List.of(at(0, "1000.4"), at(600, "1700.5")), T0, null);
            assertThat(result.energyWh()).isEqualByComparingTo("700.1");
        }

        @Test
        void noReadingsMeansNoEnergy() {
            var result = SessionEnergy.compute(List.of(), T0, null);
            assertThat(result.energyWh()).isEqualByComparingTo("0");
            assertThat(result.startWh()).isNull();
        }
    }

    @Nested
    class DataQuality {

        @Test
        void riseAcrossAGapMuchLongerThanTheSamplingIntervalIsFlagged() {
            // Samples every 15 minutes, then nothing for two hours while 10 kWh arrive.
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(900, "2800"), at(1800, "4600"),
                    at(2700, "6400"), at(9900, "16400")), T0, T0.plusSeconds(9900));

            assertThat(result.flags()).contains(SessionFlag.READING_GAP);
        }

        @Test
        void gapWithoutEnergyIsNotFlagged() {
            // The car was full: a long pause with a flat register is ordinary.
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(900, "2800"), at(1800, "4600"),
                    at(9900, "4600")), T0, T0.plusSeconds(9900));

            assertThat(result.flags()).doesNotContain(SessionFlag.READING_GAP);
        }

        @Test
        void startAndStopOnlyHaveNoSamplingIntervalToCompareWith() {
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(18000, "37000")), T0, T0.plusSeconds(18000));

            assertThat(result.flags()).doesNotContain(SessionFlag.READING_GAP);
        }

        @Test
        void evenlySampledSessionIsNotFlagged() {
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(3600, "8400"), at(7200, "15800"),
                    at(10800, "23200")), T0, T0.plusSeconds(10800));

            assertThat(result.flags()).isEmpty();
        }


        @Test
        void dropIsFlaggedAndNeverSubtracted() {
            var result = SessionEnergy.compute(List.of(at(0, "50000"), at(600, "52000"), at(1200, "100"),
                    at(1800, "900")), T0, T0.plusSeconds(1800));
            assertThat(result.energyWh()).isEqualByComparingTo("2800");
            assertThat(result.flags()).containsExactly(SessionFlag.REGISTER_DECREASED);
        }

        @Test
        void zeroBaselineFollowedByLifetimeRegisterIsNotBilled() {
            var result = SessionEnergy.compute(List.of(at(0, "0"), at(300, "910000"), at(600, "910083")), T0,
                    T0.plusSeconds(600));
            assertThat(result.energyWh()).isEqualByComparingTo("83");
            assertThat(result.startWh()).isEqualByComparingTo("910000");
            assertThat(result.flags()).containsExactly(SessionFlag.ZERO_BASELINE);
        }

        @Test
        void zeroBaselineOfAMeterThatResetsPerTransactionIsKept() {
            var result = SessionEnergy.compute(List.of(at(0, "0"), at(3600, "7400")), T0, T0.plusSeconds(3600));
            assertThat(result.energyWh()).isEqualByComparingTo("7400");
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void moreThanAHomeChargerCanDeliverIsFlagged() {
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(3600, "40000")), T0, T0.plusSeconds(3600));
            assertThat(result.energyWh()).isEqualByComparingTo("39000");
            assertThat(result.flags()).containsExactly(SessionFlag.IMPLAUSIBLE_POWER);
        }

        @Test
        void twentyTwoKilowattsForAnHourIsPlausible() {
            var result = SessionEnergy.compute(List.of(at(0, "1000"), at(3600, "23000")), T0, T0.plusSeconds(3600));
            assertThat(result.flags()).isEmpty();
        }

        @Test
        void readingOutsideTheSessionIsFlagged() {
            var result = SessionEnergy.compute(List.of(at(-600, "900"), at(0, "1000"), at(600, "1500")), T0,
                    T0.plusSeconds(600));
            assertThat(result.flags()).contains(SessionFlag.READING_OUTSIDE_SESSION);
        }
    }
}
