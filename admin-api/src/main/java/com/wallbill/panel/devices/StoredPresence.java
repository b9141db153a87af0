package com.wallbill.panel.devices;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Presence from the stored last-seen time alone, for when no OCPP server runs in this process: a charger counts
 * as online when it was seen within twice the interval at which live connections' times are written.
 */
@DefaultBean
@ApplicationScoped
public class StoredPresence implements ChargerPresence {

    private static final Duration RECENT = Duration.ofSeconds(60);
    private final Clock clock = Clock.systemUTC();

    @Override
    public Presence of(String chargePointId, Instant storedLastSeen) {
        return new Presence(storedLastSeen != null && storedLastSeen.isAfter(clock.instant().minus(RECENT)),
                storedLastSeen);
    }
}
