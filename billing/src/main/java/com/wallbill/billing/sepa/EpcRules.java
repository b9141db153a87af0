package com.wallbill.billing.sepa;

import com.wallbill.billing.party.PostalAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/**
 * The EPC SEPA Credit Transfer rules a batch must meet before it becomes a file. Text that is merely too long or
 * uses other characters is fixed by the writer (the rulebook allows transliteration and truncation); what cannot
 * be fixed without changing the payment's meaning is rejected here, naming the transfer and field.
 */
final class EpcRules {

    static final Currency EURO = Currency.getInstance("EUR");
    static final int IDENTIFIER_MAX = 35;
    static final int NAME_MAX = 70;
    static final int STREET_MAX = 70;
    static final int BUILDING_NUMBER_MAX = 16;
    static final int POST_CODE_MAX = 16;
    static final int TOWN_MAX = 35;
    static final int REMITTANCE_MAX = 140;
    static final int AMOUNT_SCALE = 2;
    static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999.99");

    private EpcRules() {
    }

    static void check(SepaBatch batch) {
        requireIdentifier(batch.messageId(), "messageId");
        requireParty(batch.debtor(), "debtor");
        if (batch.debtor().address() == null) {
            // The rulebook requires the originator's address when the beneficiary's bank is outside the EEA
            // (CH, GB, ...). A company always has one, so it is always sent rather than decided per employee.
            throw new IllegalArgumentException("debtor: address is required");
        }
        LocalDate createdOn = batch.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
        if (batch.requestedExecutionDate().isBefore(createdOn)) {
            throw new IllegalArgumentException("requestedExecutionDate " + batch.requestedExecutionDate()
                    + " is before the file's creation date " + createdOn);
        }
        if (batch.transfers().isEmpty()) {
            throw new IllegalArgumentException("batch has no transfers");
        }
        Set<String> endToEndIds = new HashSet<>();
        for (int i = 0; i < batch.transfers().size(); i++) {
            SepaTransfer transfer = batch.transfers().get(i);
            String where = "transfer " + (i + 1) + " (EndToEndId '" + transfer.endToEndId() + "')";
            requireIdentifier(transfer.endToEndId(), where + ": endToEndId");
            if (!endToEndIds.add(transfer.endToEndId())) {
                throw new IllegalArgumentException(where + ": endToEndId is not unique within the batch");
            }
            requireAmount(transfer, where);
            requireParty(transfer.creditor(), where + ": creditor");
        }
    }

    /**
     * Identifiers come back verbatim in bank status reports and statements, so they are rejected rather than
     * transliterated: a changed id would no longer match our records.
     */
    static void requireIdentifier(String id, String field) {
        if (id.isBlank() || id.length() > IDENTIFIER_MAX) {
            throw new IllegalArgumentException(field + " must have 1 to " + IDENTIFIER_MAX
                    + " characters, got " + id.length());
        }
        if (!EpcCharacterSet.isEpcText(id) || !id.equals(id.strip())) {
            throw new IllegalArgumentException(field + " '" + id + "' must use only a-z A-Z 0-9 / - ? : ( ) . , ' +"
                    + " and inner spaces");
        }
        if (id.startsWith("/") || id.endsWith("/") || id.contains("//")) {
            throw new IllegalArgumentException(field + " '" + id
                    + "' must not start or end with '/' nor contain '//'");
        }
    }

    private static void requireAmount(SepaTransfer transfer, String where) {
        if (!EURO.equals(transfer.currency())) {
            throw new IllegalArgumentException(where + ": currency must be EUR for a SEPA credit transfer, got "
                    + transfer.currency().getCurrencyCode());
        }
        BigDecimal amount = transfer.amount();
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(where + ": amount must be positive, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            throw new IllegalArgumentException(where + ": amount " + amount.toPlainString()
                    + " has more than 2 decimals (round it where it is computed, not here)");
        }
        if (amount.compareTo(AMOUNT_MAX) > 0) {
            throw new IllegalArgumentException(where + ": amount " + amount.toPlainString()
                    + " exceeds the SEPA maximum of " + AMOUNT_MAX.toPlainString());
        }
    }

    private static void requireParty(SepaParty party, String who) {
        if (EpcCharacterSet.transliterate(party.name()).isEmpty()) {
            throw new IllegalArgumentException(who + ": name has no characters the EPC character set can carry");
        }
        PostalAddress address = party.address();
        if (address != null && EpcCharacterSet.transliterate(address.townName()).isEmpty()) {
            throw new IllegalArgumentException(who + ": town name has no characters the EPC character set can carry");
        }
    }
}
