package com.wallbill.panel.devices;

import java.time.Instant;

/**
 * Whether a charger is connected now, and when it was last heard from. The live connections are the OCPP server's
 * (the runnable app provides this port from them); the stored last-seen time is flushed only periodically.
 */
public interface ChargerPresence {

    record Presence(boolean online, Instant lastSeenAt) {
    }

    /** @param storedLastSeen {@code charge_point.last_seen_at}, or null */
    Presence of(String chargePointId, Instant storedLastSeen);
}
