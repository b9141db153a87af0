package com.wallbill.billing.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The wire form of a {@link SessionEvent} when it leaves the process (a Kafka record's value): a JSON object with
 * the event's fields and {@code "type"} naming the event ({@code SessionStarted}, ...). Instants are ISO-8601 UTC,
 * energy values exact decimals. Fields a newer producer adds are ignored, so nodes can be upgraded one by one.
 */
public final class SessionEventJson {

    private static final String TYPE = "type";
    private static final Map<String, Class<? extends SessionEvent>> TYPES = Map.of(
            "SessionStarted", SessionEvent.SessionStarted.class,
            "SessionUpdated", SessionEvent.SessionUpdated.class,
            "SessionCompleted", SessionEvent.SessionCompleted.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // 12873.50 Wh must come back as 12873.50, not 12873.5 (equal records on both sides)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private SessionEventJson() {
    }

    public static String write(SessionEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(TYPE, event.getClass().getSimpleName());
        node.setAll((ObjectNode) MAPPER.valueToTree(event));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an event written by {@link #write}.
     *
     * @throws IllegalArgumentException if the text is not JSON, names no known event type, or lacks what the
     *                                  event needs (ids, and the instants and readings of a completed session)
     */
    public static SessionEvent read(String json) {
        JsonNode node;
        try {
            node = json == null ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Session event is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Session event is not a JSON object");
        }
        Class<? extends SessionEvent> type = TYPES.get(node.path(TYPE).asText());
        if (type == null) {
            throw new IllegalArgumentException("Unknown session event type: " + node.path(TYPE));
        }
        for (String required : new String[] {"sessionId", "chargePointId"}) {
            if (!node.hasNonNull(required)) {
                throw new IllegalArgumentException(type.getSimpleName() + " without " + required);
            }
        }
        SessionEvent event; // "type" is read as an unknown field, ignored
        try {
            event = MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("Malformed " + type.getSimpleName() + ": " + e.getMessage());
        }
        if (event instanceof SessionEvent.SessionCompleted completed
                && (completed.stoppedAt() == null || completed.readings() == null || completed.flags() == null)) {
            throw new IllegalArgumentException("SessionCompleted " + completed.sessionId()
                    + " without stoppedAt, flags or readings");
        }
        return event;
    }
}
