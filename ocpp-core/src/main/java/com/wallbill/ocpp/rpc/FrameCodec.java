package com.wallbill.ocpp.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.wallbill.ocpp.common.JsonText;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads and writes OCPP-J frames ({@code [2,id,action,payload]}, {@code [3,id,payload]},
 * {@code [4,id,code,description,details]}).
 *
 * <p>Decoding never throws for bad input: it returns {@link Decoded.Rejected} with the CALLERROR the
 * {@link Violation} table prescribes, or {@link Decoded.Ignored}. Descriptions say what is wrong without echoing
 * the input. Numbers are kept as exact decimals so that a frame re-encodes to the same text.
 *
 * <p>A malformed CALLRESULT or CALLERROR (type 3 or 4 readable, but wrong element count or payload) is
 * {@link Decoded.Ignored}: OCPP-J answers CALLs only, so the outbound call it belongs to simply times out.
 */
public final class FrameCodec {

    /** OCPP-J caps message ids at 36 characters. */
    public static final int MAX_MESSAGE_ID_LENGTH = 36;
    /** OCPP 2.0.1 caps CALLERROR descriptions at 255 characters. */
    public static final int MAX_V201_DESCRIPTION_LENGTH = 255;

    private static final int CALL = 2;
    private static final int CALL_RESULT = 3;
    private static final int CALL_ERROR = 4;

    private final ObjectMapper mapper;
    private final ObjectReader reader;

    public FrameCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.reader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** Decodes one text message received on a connection of the given version. */
    public Decoded decode(OcppVersion version, String text) {
        JsonNode root;
        try {
            root = text == null ? null : reader.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || root.isMissingNode()) {
            return malformed(version, CallError.UNKNOWN_MESSAGE_ID, "Message is not valid JSON");
        }
        if (!root.isArray() || root.isEmpty()) {
            return malformed(version, CallError.UNKNOWN_MESSAGE_ID, "Message is not a non-empty JSON array");
        }
        String messageId = readableId(root);
        String replyId = messageId == null ? CallError.UNKNOWN_MESSAGE_ID : messageId;
        JsonNode type = root.get(0);
        if (!type.isIntegralNumber() || !type.canConvertToInt()) {
            return malformed(version, replyId, "MessageTypeId must be an integer, got " + describe(type));
        }
        int messageType = type.intValue();
        if (messageType != CALL && messageType != CALL_RESULT && messageType != CALL_ERROR) {
            String problem = "MessageTypeId " + messageType + " is not supported";
            return Violation.UNKNOWN_MESSAGE_TYPE.reply(version, replyId, problem)
                    .<Decoded>map(Decoded.Rejected::new)
                    .orElseGet(() -> new Decoded.Ignored(problem));
        }
        if (messageId == null) {
            String problem = "MessageId must be a string of at most " + MAX_MESSAGE_ID_LENGTH + " characters";
            return messageType == CALL ? malformed(version, replyId, problem) : new Decoded.Ignored(problem);
        }
        return switch (messageType) {
            case CALL -> decodeCall(version, root, messageId);
            case CALL_RESULT -> decodeResult(root, messageId);
            default -> decodeError(version, root, messageId);
        };
    }

    private Decoded decodeCall(OcppVersion version, JsonNode root, String id) {
        if (root.size() != 4) {
            return malformed(version, id, "CALL must have 4 elements, got " + root.size());
        }
        JsonNode action = root.get(2);
        if (!action.isTextual()) {
            return malformed(version, id, "Action must be a string, got " + describe(action));
        }
        JsonNode payload = root.get(3);
        if (!payload.isObject()) {
            return new Decoded.Rejected(Violation.WRONG_STRUCTURE
                    .reply(version, id, "Payload must be a JSON object, got " + describe(payload)).orElseThrow());
        }
        return new Decoded.Ok(new Call(id, action.textValue(), payload));
    }

    private static Decoded decodeResult(JsonNode root, String id) {
        if (root.size() != 3) {
            return new Decoded.Ignored("CALLRESULT " + id + " must have 3 elements, got " + root.size());
        }
        JsonNode payload = root.get(2);
        if (!payload.isObject()) {
            return new Decoded.Ignored("CALLRESULT " + id + " payload must be an object, got " + describe(payload));
        }
        return new Decoded.Ok(new CallResult(id, payload));
    }

    /**
     * Received CALLERRORs are read leniently, since they only inform: an unknown code reads as GenericError, a
     * non-string description is kept as its JSON text, and non-object details become empty.
     */
    private static Decoded decodeError(OcppVersion version, JsonNode root, String id) {
        if (root.size() != 5) {
            return new Decoded.Ignored("CALLERROR " + id + " must have 5 elements, got " + root.size());
        }
        JsonNode codeNode = root.get(2);
        ErrorCode code = codeNode.isTextual()
                ? ErrorCode.fromWire(version, codeNode.textValue()).orElse(ErrorCode.GENERIC_ERROR)
                : ErrorCode.GENERIC_ERROR;
        JsonNode descriptionNode = root.get(3);
        String description = descriptionNode.isTextual() ? descriptionNode.textValue()
                : descriptionNode.isNull() ? "" : descriptionNode.toString();
        JsonNode details = root.get(4).isObject() ? root.get(4) : null;
        return new Decoded.Ok(new CallError(id, code, description, details));
    }

    /** Encodes a frame for a connection of the given version. */
    public String encode(OcppVersion version, Frame frame) {
        ArrayNode array = mapper.createArrayNode();
        if (frame instanceof Call call) {
            array.add(CALL).add(call.messageId()).add(call.action()).add(call.payload());
        } else if (frame instanceof CallResult result) {
            array.add(CALL_RESULT).add(result.messageId()).add(result.payload());
        } else {
            CallError error = (CallError) frame;
            array.add(CALL_ERROR).add(error.messageId())
                    .add(error.code().wireName(version))
                    .add(description(version, error.description()))
                    .add(error.details());
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String description(OcppVersion version, String description) {
        if (version == OcppVersion.V201 && description.length() > MAX_V201_DESCRIPTION_LENGTH) {
            int end = MAX_V201_DESCRIPTION_LENGTH;
            if (Character.isHighSurrogate(description.charAt(end - 1))) {
                end--;
            }
            return description.substring(0, end);
        }
        return description;
    }

    /** The message id if element 1 is a string of acceptable length, else null. */
    private static String readableId(JsonNode root) {
        JsonNode id = root.get(1);
        if (id == null || !id.isTextual() || id.textValue().length() > MAX_MESSAGE_ID_LENGTH) {
            return null;
        }
        return id.textValue();
    }

    private static Decoded malformed(OcppVersion version, String replyId, String problem) {
        return new Decoded.Rejected(Violation.MALFORMED_FRAME.reply(version, replyId, problem).orElseThrow());
    }

    private static String describe(JsonNode node) {
        return JsonText.describe(node);
    }
}
