package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wallbill.ocpp.common.Timestamps;
import com.wallbill.ocpp.rpc.OcppValidationException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Converts between JSON payloads and the typed message records of both OCPP versions.
 *
 * <p>{@link #read} validates first, against rules read from the record's components (Java type plus
 * {@code @Required}, {@code @MaxLength}, {@code @Size}, {@code @Range}), then binds; a failure is an
 * {@link OcppValidationException} whose code follows the project's violation table and whose message names the
 * field path. {@link #write} omits null fields and writes timestamps as ISO-8601 UTC with {@code Z}.
 *
 * <p>The same {@link #objectMapper()} suits {@code FrameCodec}: it keeps decimals exact.
 */
public final class PayloadMapper {

    private final ObjectMapper mapper;

    private PayloadMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static PayloadMapper create() {
        SimpleModule timestamps = new SimpleModule("ocpp-timestamps")
                .addDeserializer(Instant.class, new LenientInstantDeserializer());
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(timestamps)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // validation has already rejected unknown properties; what is left is 2.0.1 customData
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        return new PayloadMapper(mapper);
    }

    /** The configured mapper (exact decimals, ISO timestamps, nulls omitted). */
    public ObjectMapper objectMapper() {
        return mapper;
    }

    /**
     * Validates {@code payload} against {@code type}'s rules and binds it.
     *
     * @throws OcppValidationException when the payload breaks the schema
     */
    public <T> T read(JsonNode payload, Class<T> type) {
        validate(payload, type);
        try {
            return mapper.treeToValue(payload, type);
        } catch (IOException | IllegalArgumentException e) {
            // validation passed, so the record and its rules disagree: our bug, not the charger's
            throw new IllegalStateException("Validated payload did not bind to " + type.getName(), e);
        }
    }

    /**
     * Validates without binding.
     *
     * @throws OcppValidationException when the payload breaks the schema
     */
    public void validate(JsonNode payload, Class<?> type) {
        Objects.requireNonNull(type, "type");
        PayloadValidator.validate(payload, type);
    }

    /** The message as a JSON object, null fields omitted. */
    public JsonNode write(Object message) {
        Objects.requireNonNull(message, "message");
        return mapper.valueToTree(message);
    }

    /** Reads timestamps with the leniency documented on {@link Timestamps}. */
    private static final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {

        LenientInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Timestamps.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an OCPP date-time");
            }
        }
    }
}
