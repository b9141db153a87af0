package com.wallbill.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A request, MessageTypeId 2: {@code [2, "<messageId>", "<action>", {payload}]}. */
public record Call(String messageId, String action, JsonNode payload) implements Frame {

    public Call {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
    }
}
