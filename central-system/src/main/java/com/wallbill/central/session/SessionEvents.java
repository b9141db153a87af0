package com.wallbill.central.session;

import com.wallbill.billing.session.SessionEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes session events on the {@code session-events} channel once their change is committed (in-memory by
 * default; a Kafka topic keyed by charge point id when scaled out), and counts them for {@code /q/metrics}.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String CHANNEL = SessionEvent.CHANNEL;
    private static final Logger LOG = Logger.getLogger(SessionEvents.class);

    private final Emitter<SessionEvent> emitter;
    private final MeterRegistry metrics;

    public SessionEvents(@Channel(CHANNEL) @Broadcast @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 100_000) Emitter<SessionEvent> emitter, MeterRegistry metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public void publish(SessionEvent event) {
        try {
            emitter.send(event);
        } catch (RuntimeException e) {
            // The session itself is committed: the database stays the record a consumer can reconcile from.
            LOG.warnf("Session event %s of session %d not published: %s", event.getClass().getSimpleName(),
                    event.sessionId(), e.getMessage());
        }
    }

    /** Publishes SessionUpdated with the latest register reading among {@code readings}, if any. */
    public void publishLatest(long sessionId, String chargePointId, java.util.List<MeterReading> readings) {
        MeterReading.latestRegister(readings).ifPresent(r -> publish(
                new SessionEvent.SessionUpdated(sessionId, chargePointId, r.sampledAt(), r.registerWh())));
    }

    @Incoming(CHANNEL)
    void count(SessionEvent event) {
        metrics.counter("wallbill.session.events", "type", event.getClass().getSimpleName()).increment();
    }
}
