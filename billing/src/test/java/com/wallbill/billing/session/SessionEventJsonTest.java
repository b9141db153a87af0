package com.wallbill.billing.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallbill.billing.session.SessionEvent.SessionCompleted;
import com.wallbill.billing.session.SessionEvent.SessionStarted;
import com.wallbill.billing.session.SessionEvent.SessionUpdated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEventJsonTest {

    private static final Instant START = Instant.parse("2026-03-29T00:40:12.250Z");
    private static final Instant STOP = Instant.parse("2026-03-29T03:05:00Z");

    private static SessionCompleted completed() {
        return new SessionCompleted(42L, "cp-7", 1, 2, "TAG-1", START, STOP, new BigDecimal("12873.50"),
                new BigDecimal("31200.00"), new BigDecimal("18326.50"), "EVDisconnected",
                EnumSet.of(SessionFlag.OFFLINE, SessionFlag.CLOCK_SKEW),
                List.of(new RegisterReading(START, new BigDecimal("12873.50")),
                        new RegisterReading(STOP, new BigDecimal("31200.00"))));
    }

    @Test
    void everyEventTypeComesBackEqual() {
        List<SessionEvent> events = List.of(
                new SessionStarted(41L, "cp-7", 1, 1, "TAG-1", START, new BigDecimal("0.001")),
                new SessionStarted(43L, "cp-8", null, null, null, null, null),
                new SessionUpdated(41L, "cp-7", STOP, new BigDecimal("14581.25")),
                completed());
        for (SessionEvent event : events) {
            assertThat(SessionEventJson.read(SessionEventJson.write(event))).isEqualTo(event);
        }
    }

    @Test
    void theTextNamesTheTypeAndKeepsInstantsAndDecimalsReadable() {
        String json = SessionEventJson.write(completed());

        assertThat(json).startsWith("{\"type\":\"SessionCompleted\",\"sessionId\":42,\"chargePointId\":\"cp-7\"")
                .contains("\"startedAt\":\"2026-03-29T00:40:12.250Z\"", "\"meterStartWh\":12873.50",
                        "\"flags\":[\"CLOCK_SKEW\",\"OFFLINE\"]");
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        String json = SessionEventJson.write(new SessionUpdated(41L, "cp-7", STOP, new BigDecimal("14581.25")))
                .replace("{\"type\"", "{\"schemaRevision\":2,\"type\"");

        assertThat(SessionEventJson.read(json)).isEqualTo(new SessionUpdated(41L, "cp-7", STOP,
                new BigDecimal("14581.25")));
    }

    @Test
    void badTextIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SessionEventJson.read("{\"type\":\"SessionStarted\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Session event is not valid JSON");
        assertThatThrownBy(() -> SessionEventJson.read("[1,2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Session event is not a JSON object");
        assertThatThrownBy(() -> SessionEventJson.read("{\"type\":\"SessionPaused\",\"sessionId\":1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown session event type: \"SessionPaused\"");
        assertThatThrownBy(() -> SessionEventJson.read("{\"type\":\"SessionUpdated\",\"chargePointId\":\"cp\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("SessionUpdated without sessionId");
        assertThatThrownBy(() -> SessionEventJson.read(
                "{\"type\":\"SessionUpdated\",\"sessionId\":\"x\",\"chargePointId\":\"cp\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed SessionUpdated");
    }

    @Test
    void aCompletedSessionWithoutItsReadingsIsRefused() {
        String json = SessionEventJson.write(completed()).replaceFirst(",\"readings\":\\[.*\\]", "");

        assertThat(json).doesNotContain("readings");
        assertThatThrownBy(() -> SessionEventJson.read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SessionCompleted 42 without stoppedAt, flags or readings");
    }
}
