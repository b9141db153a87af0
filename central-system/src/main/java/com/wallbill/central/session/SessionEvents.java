package com.wallbill.central.session;

import com.wallbill.billing.session.SessionEvent;
import com.wallbill.billing.session.SessionEventJson;
import com.wallbill.central.config.WallbillConfig;
import com.wallbill.central.messaging.LocalConnector;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes session events once their change is committed, on the channel to the session-events topic (within
 * the process by default, on Kafka when configured: {@link LocalConnector}), and counts them for {@code /q/metrics}
 * ({@code wallbill_session_events_total} by type). Counted here rather than by a second subscriber of the channel:
 * each subscriber costs a reactive pipeline step per event. SessionUpdated is throttled per session
 * ({@link UpdateThrottle}): in profiles of a 10,000-charger load, the channel's per-event pipeline (context
 * propagation, converters, a task per event) cost several percent of the server's CPU when every meter value
 * made an event.
 */
@ApplicationScoped
public class SessionEvents {

    private static final Logger LOG = Logger.getLogger(SessionEvents.class);

    private final Emitter<String> emitter;
    private final MeterRegistry metrics;
    /** One counter per event type, looked up once: a registry lookup per event showed in profiles. */
    private final Map<Class<?>, Counter> counters = new ConcurrentHashMap<>();
    private final UpdateThrottle updates;
    private final Duration updateInterval;
    private final Vertx vertx;
    private final WallbillConfig.Events settings;

    public SessionEvents(@Channel(SessionEvent.CHANNEL_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 100_000) Emitter<String> emitter, MeterRegistry metrics, WallbillConfig config,
            Vertx vertx) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.updateInterval = config.events().sessionUpdatedInterval();
        this.updates = new UpdateThrottle(updateInterval, System::nanoTime);
        this.vertx = vertx;
        this.settings = config.events();
    }

    void start(@Observes StartupEvent start) {
        LOG.infof("Session events go to topic %s %s", settings.topic(), LocalConnector.NAME.equals(settings.connector())
                ? "within this process" : "through " + settings.connector());
        if (!updateInterval.isZero()) {
            // A silent session's held update goes out at most half an interval late (grace plus tick).
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
            // Keyed by charger: on Kafka, one charger's events stay in order on one partition. Nothing waits for
            // the acknowledgement, so no completion stage is made per event; a refusal is logged.
            emitter.send(KafkaRecord.of(event.chargePointId(), SessionEventJson.write(event)).withNack(failure -> {
                notPublished(event, failure);
                return CompletableFuture.completedFuture(null);
            }));
        } catch (RuntimeException e) {
            notPublished(event, e);
        }
    }

    private static void notPublished(SessionEvent event, Throwable e) {
        // The session itself is committed: the database stays the record a consumer can reconcile from.
        LOG.warnf("Session event %s of session %d not published: %s", event.getClass().getSimpleName(),
                event.sessionId(), e.getMessage());
    }

    /** SessionUpdated with the latest register reading among {@code readings}, if any; throttled per session. */
    public void publishLatest(long sessionId, String chargePointId, java.util.List<MeterReading> readings) {
        MeterReading.latestRegister(readings).ifPresent(r -> updates.offer(
                new SessionEvent.SessionUpdated(sessionId, chargePointId, r.sampledAt(), r.registerWh()), this::send));
    }
}
