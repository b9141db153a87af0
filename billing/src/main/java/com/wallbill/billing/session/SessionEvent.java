package com.wallbill.billing.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the central system tells billing about charging sessions. Published after the session's change is
 * committed; keyed by charge point id when carried over Kafka. Consumers must be idempotent: the same event
 * may be delivered again after a restart.
 */
public sealed interface SessionEvent {

    /**
     * The channel the central system publishes on: each event as {@link SessionEventJson} text, keyed by charge
     * point id. It leads to a topic: within the process by default, on Kafka when configured.
     */
    String CHANNEL_OUT = "session-events-out";
    /** The channel billing reads the topic's events from (every node's, when the topic is on Kafka). */
    String CHANNEL_IN = "session-events-in";

    long sessionId();

    String chargePointId();

    /** A session began (or was first seen). */
    record SessionStarted(long sessionId, String chargePointId, Integer evseId, Integer connectorId, String idTag,
            Instant startedAt, BigDecimal meterStartWh) implements SessionEvent {
    }

    /** New register readings arrived for a running session. */
    record SessionUpdated(long sessionId, String chargePointId, Instant sampledAt, BigDecimal registerWh)
            implements SessionEvent {
    }

    /** A session ended; everything billing needs to cost it, including the readings it was measured with. */
    record SessionCompleted(long sessionId, String chargePointId, Integer evseId, Integer connectorId, String idTag,
            Instant startedAt, Instant stoppedAt, BigDecimal meterStartWh, BigDecimal meterStopWh,
            BigDecimal energyWh, String stopReason, Set<SessionFlag> flags, List<RegisterReading> readings)
            implements SessionEvent {
    }
}
