package com.wallbill.central.session;

import static com.wallbill.central.TestSupport.await;
import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.eventually;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.sessionsOf;
import static com.wallbill.central.session.Ocpp16SessionTest.registerReading;
import static com.wallbill.central.session.Ocpp16SessionTest.start;
import static com.wallbill.central.session.Ocpp16SessionTest.stop;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.session.SessionEvent;
import com.wallbill.billing.session.SessionEvent.SessionCompleted;
import com.wallbill.billing.session.SessionEvent.SessionStarted;
import com.wallbill.billing.session.SessionEvent.SessionUpdated;
import com.wallbill.billing.session.SessionEventJson;
import com.wallbill.central.KafkaBrokerResource;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * With the session-events topic on Kafka, a node writes its chargers' session events to the topic, keyed by
 * charger and in order, and billing costs completed sessions from what it reads back there.
 */
@QuarkusTest
@TestProfile(SessionEventsOverKafkaTest.OverKafka.class)
class SessionEventsOverKafkaTest {

    public static class OverKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The broker runs in this JVM and logs through the app's log manager.
            return Map.of("quarkus.log.category.\"kafka\".level", "WARN",
                    "quarkus.log.category.\"org.apache.kafka\".level", "WARN",
                    "quarkus.log.category.\"state.change.logger\".level", "WARN");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }

    private static final String TOPIC = "wallbill.session-events";

    @TestHTTPResource("/ocpp")
    URI http;

    @Inject
    Pool pool;

    private final Instant t0 = Instant.parse("2026-11-20T18:00:00Z");

    @Test
    void aChargersSessionEventsAreOnTheTopicInOrderAndItsSessionIsCostedFromThere() {
        String id = newId("cp-kafka");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 40_000, t0);
            registerReading(cp, tx, 43_700, t0.plusSeconds(1800));
            stop(cp, tx, 47_400, t0.plusSeconds(3600), "EVDisconnected");
        }
        long sessionId = sessionsOf(id).get(0).path("id").asLong();

        List<ConsumerRecord<String, String>> records = recordsOf(id, 3);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(id);
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        List<SessionEvent> events = records.stream().map(r -> SessionEventJson.read(r.value())).toList();
        assertThat(events).extracting(SessionEvent::sessionId).containsOnly(sessionId);
        assertThat(events.get(0)).isInstanceOf(SessionStarted.class);
        assertThat(events.get(1)).isEqualTo(new SessionUpdated(sessionId, id, t0.plusSeconds(1800),
                new BigDecimal("43700")));
        SessionCompleted completed = (SessionCompleted) events.get(2);
        assertThat(completed.energyWh()).isEqualByComparingTo("7400");
        assertThat(completed.readings()).hasSize(3);

        // Nothing costs sessions here but the consumer of the topic (the scheduler's sweep is off in tests).
        BigDecimal costedEnergy = eventually(() -> costedEnergy(sessionId));
        assertThat(costedEnergy).isEqualByComparingTo("7400");
    }

    @Test
    void aRecordThatCannotBeReadIsSkippedAndTheNextOneStillCosted() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(clientProperties(),
                new StringSerializer(), new StringSerializer())) {
            // All on one partition (same key) ahead of the real events, so the consumer must get past them.
            String id = newId("cp-poison");
            producer.send(new ProducerRecord<>(TOPIC, id, "{not json")).get();
            producer.send(new ProducerRecord<>(TOPIC, id, "{\"type\":\"SessionPaused\",\"sessionId\":1}")).get();
            producer.send(new ProducerRecord<>(TOPIC, id, null)).get();
            try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
                int tx = start(cp, 1, 1_000, t0);
                stop(cp, tx, 3_500, t0.plusSeconds(600), "Local");
            }
            long sessionId = sessionsOf(id).get(0).path("id").asLong();

            assertThat(eventually(() -> costedEnergy(sessionId))).isEqualByComparingTo("2500");
        }
    }

    private BigDecimal costedEnergy(long sessionId) {
        var rows = await(pool.preparedQuery("SELECT energy_wh FROM costed_session WHERE session_id = $1")
                .execute(Tuple.of(sessionId)));
        return rows.size() == 0 ? null : rows.iterator().next().getBigDecimal("energy_wh");
    }

    /** The records of one charger, read from the start of the topic by a consumer group of the test's own. */
    private static List<ConsumerRecord<String, String>> recordsOf(String chargePointId, int expected) {
        Properties props = clientProperties();
        props.put("group.id", "test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(20);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (chargePointId.equals(r.key())) {
                        found.add(r);
                    }
                }
            }
        }
        assertThat(found).as("records of " + chargePointId).hasSize(expected);
        return found;
    }

    private static Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(Map.of("bootstrap.servers", KafkaBrokerResource.bootstrapServers()));
        return props;
    }
}
