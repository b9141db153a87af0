package com.wallbill.central.session;

import com.wallbill.billing.session.SessionEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes session events on the {@code session-events} channel once their change is committed (in-memory by
 * default; a Kafka topic keyed by charge point id when scaled out), and counts them for {@code /q/metrics}
 * ({@code wallbill_session_events_total} by type). Counted here rather than by a second subscriber of the
 * channel: each subscriber costs a reactive pipeline step per event, and SessionUpdated comes with every meter
 * value.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String CHANNEL = SessionEvent.CHANNEL;
    private static final Logger LOG = Logger.getLogger(SessionEvents.class);

    private final Emitter<SessionEvent> emitter;
    private final MeterRegistry metrics;
    /** One counter per event type, looked up once: a registry lookup per event showed in profiles. */
    private final Map<Class<?>, Counter> counters = new ConcurrentHashMap<>();

    public SessionEvents(@Channel(CHANNEL) @Broadcast @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 100_000) Emitter<SessionEvent> emitter, MeterRegistry metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public void publish(SessionEvent event) {
        counters.computeIfAbsent(event.getClass(), type -> metrics.counter("wallbill.session.events", "type",
                type.getSimpleName())).increment();
        try {
            // A bare message: nothing waits for its acknowledgement, so no completion stage is made per event.
            emitter.send(Message.of(event));
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
}
