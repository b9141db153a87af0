package com.wallbill.central.session;

import com.wallbill.billing.session.SessionEvent;
import com.wallbill.central.config.WallbillConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
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
 * channel: each subscriber costs a reactive pipeline step per event. SessionUpdated is throttled per session
 * ({@link UpdateThrottle}): in profiles of a 10,000-charger load, the channel's per-event pipeline (context
 * propagation, converters, a task per event) cost several percent of the server's CPU when every meter value
 * made an event.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String CHANNEL = SessionEvent.CHANNEL;
    private static final Logger LOG = Logger.getLogger(SessionEvents.class);

    private final Emitter<SessionEvent> emitter;
    private final MeterRegistry metrics;
    /** One counter per event type, looked up once: a registry lookup per event showed in profiles. */
    private final Map<Class<?>, Counter> counters = new ConcurrentHashMap<>();
    private final UpdateThrottle updates;
    private final Duration updateInterval;
    private final Vertx vertx;

    public SessionEvents(@Channel(CHANNEL) @Broadcast @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 100_000) Emitter<SessionEvent> emitter, MeterRegistry metrics, WallbillConfig config,
            Vertx vertx) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.updateInterval = config.events().sessionUpdatedInterval();
        this.updates = new UpdateThrottle(updateInterval, System::nanoTime);
        this.vertx = vertx;
    }

    void startFlushing(@Observes StartupEvent start) {
        if (!updateInterval.isZero()) {
            // A held update goes out at most a quarter interval late.
            vertx.setPeriodic(Math.max(100, updateInterval.toMillis() / 4), tick -> updates.flushDue(this::send));
        }
    }

    public void publish(SessionEvent event) {
        if (event instanceof SessionEvent.SessionCompleted completed) {
            updates.completed(completed.sessionId());
        }
        send(event);
    }

    private void send(SessionEvent event) {
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

    /** SessionUpdated with the latest register reading among {@code readings}, if any; throttled per session. */
    public void publishLatest(long sessionId, String chargePointId, java.util.List<MeterReading> readings) {
        MeterReading.latestRegister(readings).ifPresent(r -> updates.offer(
                new SessionEvent.SessionUpdated(sessionId, chargePointId, r.sampledAt(), r.registerWh()), this::send));
    }
}
