package com.wallbill.central.ocpp;

import com.wallbill.panel.devices.ChargerPresence;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The panel's view of chargers' presence, from this server's live OCPP connections. */
@ApplicationScoped
public class LivePresence implements ChargerPresence {

    private final ConnectionRegistry registry;

    LivePresence(ConnectionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Presence of(String chargePointId, Instant storedLastSeen) {
        return registry.find(chargePointId).map(live -> new Presence(true, live.lastSeen()))
                .orElseGet(() -> new Presence(false, storedLastSeen));
    }
}
