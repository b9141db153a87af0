package com.wallbill.billing.sepa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one pain.001 file says: a company pays its employees' refunds from one account on one day.
 * {@code createdAt} is part of the input (not read from a clock) so that the same batch always yields the same
 * bytes, and a re-sent file can be recognised as such.
 */
public record SepaBatch(String messageId, Instant createdAt, SepaParty debtor, LocalDate requestedExecutionDate,
        List<SepaTransfer> transfers) {

    public SepaBatch {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        transfers = List.copyOf(transfers);
    }
}
