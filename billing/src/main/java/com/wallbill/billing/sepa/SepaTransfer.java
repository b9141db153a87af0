package com.wallbill.billing.sepa;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One refund to one employee. The currency is explicit even though SEPA credit transfers are EUR only: a refund
 * computed in another currency must be stopped at the file, not silently paid as euros.
 *
 * @param endToEndId            reference that travels unchanged to the creditor and back in bank reports
 * @param remittanceInformation free text shown to the employee, or {@code null}
 */
public record SepaTransfer(String endToEndId, SepaParty creditor, BigDecimal amount, Currency currency,
        String remittanceInformation) {

    public SepaTransfer {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
