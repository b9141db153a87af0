package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** How an outbound call ended. Every call ends in exactly one of these; none completes exceptionally. */
public sealed interface CallOutcome
        permits CallOutcome.Answered, CallOutcome.Errored, CallOutcome.TimedOut, CallOutcome.Disconnected {

    /** The charger sent a CALLRESULT; bind {@code payload} with the action's response type. */
    record Answered(JsonNode payload) implements CallOutcome {
    }

    /** The charger sent a CALLERROR; {@code errorCode} is spelt as on this connection's version. */
    record Errored(String errorCode, String description, JsonNode details) implements CallOutcome {
    }

    /** No answer within the timeout; a late answer is ignored. */
    record TimedOut(Duration after) implements CallOutcome {
    }

    /** The connection closed (or the send failed) before an answer came. */
    record Disconnected() implements CallOutcome {
    }
}
