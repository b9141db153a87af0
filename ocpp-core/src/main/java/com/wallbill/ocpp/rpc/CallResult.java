package com.wallbill.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A successful answer, MessageTypeId 3: {@code [3, "<messageId>", {payload}]}. */
public record CallResult(String messageId, JsonNode payload) implements Frame {

    public CallResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(payload, "payload");
    }
}
