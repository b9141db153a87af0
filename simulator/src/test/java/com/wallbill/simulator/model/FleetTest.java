package com.wallbill.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.ocpp.rpc.OcppVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetTest {

    @Test
    void sameSeedGivesTheSameFleet() {
        assertThat(Fleet.generate(50, 0.3, "SIM-", 9)).isEqualTo(Fleet.generate(50, 0.3, "SIM-", 9));
        assertThat(Fleet.generate(50, 0.3, "SIM-", 9)).isNotEqualTo(Fleet.generate(50, 0.3, "SIM-", 10));
    }

    @Test
    void ratioGivesTheExactShareOfV201ChargersSpreadThroughTheFleet() {
        List<ChargerProfile> fleet = Fleet.generate(10, 0.3, "SIM-", 1);
        assertThat(fleet.stream().filter(p -> p.version() == OcppVersion.V201)).hasSize(3);
        assertThat(Fleet.generate(7, 0, "X", 1)).allMatch(p -> p.version() == OcppVersion.V16);
        assertThat(Fleet.generate(7, 1, "X", 1)).allMatch(p -> p.version() == OcppVersion.V201);
        List<OcppVersion> half = Fleet.generate(4, 0.5, "X", 1).stream().map(ChargerProfile::version).toList();
        assertThat(half).containsExactly(OcppVersion.V16, OcppVersion.V201, OcppVersion.V16, OcppVersion.V201);
    }

    @Test
    void idsArePrefixedAndZeroPaddedAndIdentitiesFitTheBootNotificationLimits() {
        List<ChargerProfile> fleet = Fleet.generate(120, 0.5, "HOME-", 4);
        assertThat(fleet.get(0).id()).isEqualTo("HOME-001");
        assertThat(fleet.get(119).id()).isEqualTo("HOME-120");
        assertThat(fleet).allSatisfy(p -> {
            assertThat(p.vendor().length()).isLessThanOrEqualTo(20);
            assertThat(p.model().length()).isLessThanOrEqualTo(20);
            assertThat(p.serialNumber().length()).isLessThanOrEqualTo(25);
            assertThat(p.idTag().length()).isLessThanOrEqualTo(20);
            assertThat(ElectricalSupply.HOME_OPTIONS).contains(p.supply());
        });
        assertThat(fleet.stream().map(ChargerProfile::serialNumber).distinct()).hasSize(120);
    }
}
