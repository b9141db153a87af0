package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wallbill.ocpp.rpc.OcppValidationException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Converts between JSON payloads and the typed message records of both OCPP versions.
 *
 * <p>{@link #read} validates and binds in one walk of the tree, against rules read from the record's components
 * (Java type plus {@code @Required}, {@code @MaxLength}, {@code @Size}, {@code @Range}); a failure is an
 * {@link OcppValidationException} whose code follows the project's violation table and whose message names the
 * field path. Timestamps are read with the leniency documented on {@link com.wallbill.ocpp.common.Timestamps}.
 * {@link #write} omits null fields and writes timestamps as ISO-8601 UTC with {@code Z}.
 *
 * <p>The same {@link #objectMapper()} suits {@code FrameCodec}: it keeps decimals exact.
 */
public final class PayloadMapper {

    /** What a record declares by itself. */
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");
    /**
     * Records that databind writes as {@code {}} whatever the instance: no components, and nothing else (instance
     * methods, interfaces, annotations) that could add a property.
     */
    private static final ClassValue<Boolean> WRITTEN_AS_EMPTY_OBJECT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && type.getRecordComponents().length == 0
                    && type.getDeclaredAnnotations().length == 0 && type.getInterfaces().length == 0
                    && Arrays.stream(type.getDeclaredMethods()).allMatch(method ->
                            Modifier.isStatic(method.getModifiers())
                                    || OBJECT_METHODS.contains(method.getName()) && method.getAnnotations().length == 0);
        }
    };

    private final ObjectMapper mapper;
    private final PayloadReader reader;

    private PayloadMapper(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = new PayloadReader(mapper);
    }

    public static PayloadMapper create() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // read binds by itself; callers binding messages with objectMapper() skip 2.0.1 customData as it does
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
        Objects.requireNonNull(type, "type");
        return reader.read(payload, type);
    }

    /**
     * Validates without binding.
     *
     * @throws OcppValidationException when the payload breaks the schema
     */
    public void validate(JsonNode payload, Class<?> type) {
        Objects.requireNonNull(type, "type");
        reader.validate(payload, type);
    }

    /** The message as a JSON object, null fields omitted. */
    public JsonNode write(Object message) {
        Objects.requireNonNull(message, "message");
        // The answers to the busiest actions (MeterValues, StatusNotification) have no fields; databind's round
        // through a token buffer to write {} was a fifth of the bytes allocated per answered StatusNotification.
        if (WRITTEN_AS_EMPTY_OBJECT.get(message.getClass())) {
            return mapper.createObjectNode();
        }
        return mapper.valueToTree(message);
    }
}
