package com.wallbill.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionPlannerTest {

    @Test
    void everyPlannedSessionStartsInItsSlotAndCanChargeWithinIt() {
        Duration run = Duration.ofHours(24);
        List<SessionPlanner.PlannedSession> plan =
                SessionPlanner.plan(new Random(2), 3, run, ElectricalSupply.THREE_PHASE_16A);
        assertThat(plan).hasSize(3);
        Duration slot = run.dividedBy(3);
        for (int i = 0; i < plan.size(); i++) {
            SessionPlanner.PlannedSession session = plan.get(i);
            Duration offset = session.plugInAt().minus(slot.multipliedBy(i));
            assertThat(offset).isBetween(Duration.ZERO, slot.dividedBy(5));
            Duration charging = SessionPlanner.chargingTime(session.targetEnergyWh(), ElectricalSupply.THREE_PHASE_16A);
            assertThat(session.plugInAt().plus(charging)).isLessThan(slot.multipliedBy(i + 1));
            assertThat(session.targetEnergyWh()).isBetween(1L, 40_000L);
        }
    }

    @Test
    void shortRunsMakeSmallSessionsRatherThanOverrunning() {
        List<SessionPlanner.PlannedSession> plan =
                SessionPlanner.plan(new Random(2), 1, Duration.ofSeconds(60), ElectricalSupply.SINGLE_PHASE_32A);
        // 60% of a minute at 7.4 kW
        assertThat(plan.get(0).targetEnergyWh()).isLessThanOrEqualTo(74);
    }
}
