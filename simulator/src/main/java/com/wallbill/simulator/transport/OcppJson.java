package com.wallbill.simulator.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.wallbill.ocpp.dispatch.PayloadMapper;
import com.wallbill.ocpp.rpc.FrameCodec;
import java.io.UncheckedIOException;

/** The one payload mapper and frame codec every simulated charge point shares (both are thread-safe). */
public final class OcppJson {

    private static final PayloadMapper MAPPER = PayloadMapper.create();
    private static final FrameCodec CODEC = new FrameCodec(MAPPER.objectMapper());

    private OcppJson() {
    }

    public static PayloadMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper objectMapper() {
        return MAPPER.objectMapper();
    }

    public static FrameCodec codec() {
        return CODEC;
    }

    /**
     * A payload as JSON: a {@link JsonNode} is taken as is, a {@link String} is parsed as JSON text (so tests
     * can write {@code "{}"}), anything else (typed records, maps) is written by the payload mapper.
     */
    public static JsonNode toJson(Object payload) {
        if (payload == null) {
            return objectMapper().createObjectNode();
        }
        if (payload instanceof JsonNode node) {
            return node;
        }
        if (payload instanceof String text) {
            try {
                return objectMapper().readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("payload text is not JSON", e);
            }
        }
        return MAPPER.write(payload);
    }

    /** The error code element of a CALLERROR exactly as sent, or null if the text is not one. */
    public static String rawErrorCode(String callErrorText) {
        try {
            JsonNode root = objectMapper().readTree(callErrorText);
            return root != null && root.isArray() && root.size() > 2 ? root.get(2).asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A CALLERROR frame with an arbitrary code, for codes the codec does not know (negative tests). */
    public static String callErrorText(String messageId, String code, String description) {
        ArrayNode array = objectMapper().createArrayNode()
                .add(4).add(messageId).add(code).add(description == null ? "" : description);
        array.addObject();
        try {
            return objectMapper().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
