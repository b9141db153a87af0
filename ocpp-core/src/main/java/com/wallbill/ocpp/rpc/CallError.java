package com.wallbill.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/**
 * A failure answer, MessageTypeId 4: {@code [4, "<messageId>", "<errorCode>", "<description>", {details}]}.
 *
 * <p>The error code is version-neutral here; {@link FrameCodec} writes the version's spelling. A null
 * description becomes {@code ""} and null details become an empty object, as OCPP-J requires all five elements.
 */
public record CallError(String messageId, ErrorCode code, String description, JsonNode details) implements Frame {

    /** The id used when the offending message's id could not be read. */
    public static final String UNKNOWN_MESSAGE_ID = "-1";

    public CallError {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : description;
        details = details == null || details.isNull() ? JsonNodeFactory.instance.objectNode() : details;
    }

    /** A CALLERROR with empty details. */
    public static CallError of(String messageId, ErrorCode code, String description) {
        return new CallError(messageId, code, description, null);
    }
}
