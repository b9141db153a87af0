package com.wallbill.ocpp.v201.transactions;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/**
 * The transaction a TransactionEvent is about (TransactionType, field {@code transactionInfo}). The station
 * chooses {@code transactionId}; {@code timeSpentCharging} is in seconds.
 */
public record Transaction(
        @Required @MaxLength(36) String transactionId,
        ChargingState chargingState,
        Integer timeSpentCharging,
        Reason stoppedReason,
        Integer remoteStartId) {
}
