package com.wallbill.ocpp.v201.transactions;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import com.wallbill.ocpp.v201.common.EVSE;
import com.wallbill.ocpp.v201.common.IdToken;
import com.wallbill.ocpp.v201.common.IdTokenInfo;
import com.wallbill.ocpp.v201.common.MessageContent;
import com.wallbill.ocpp.v201.common.MeterValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * TransactionEvent (station to CSMS): Started, Updated or Ended. {@code seqNo} orders the events of a
 * transaction; {@code offline} marks events queued while the connection was down.
 */
public final class TransactionEvent {

    public static final String ACTION = "TransactionEvent";

    private TransactionEvent() {
    }

    public record Request(
            @Required TransactionEventType eventType,
            @Size(min = 1) List<MeterValue> meterValue,
            @Required Instant timestamp,
            @Required TriggerReason triggerReason,
            @Range(min = 0) int seqNo,
            Boolean offline,
            @Range(min = 0) Integer numberOfPhasesUsed,
            Integer cableMaxCurrent,
            Integer reservationId,
            @Required Transaction transactionInfo,
            EVSE evse,
            IdToken idToken) {
    }

    public record Response(
            BigDecimal totalCost,
            Integer chargingPriority,
            IdTokenInfo idTokenInfo,
            MessageContent updatedPersonalMessage) {

        public static Response empty() {
            return new Response(null, null, null, null);
        }
    }
}
