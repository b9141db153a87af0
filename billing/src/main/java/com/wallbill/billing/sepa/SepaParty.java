package com.wallbill.billing.sepa;

import com.wallbill.billing.iban.Bic;
import com.wallbill.billing.iban.Iban;
import com.wallbill.billing.party.PostalAddress;
import java.util.Objects;

/**
 * One side of a SEPA credit transfer: the company paying (debtor) or the employee being refunded (creditor).
 * Names and addresses are kept as entered; the file writer transliterates them to the EPC character set, so the
 * same party can also be shown on a statement with its accents intact.
 *
 * @param bic     the account servicer's BIC, or {@code null}: within SEPA the IBAN alone routes the payment
 * @param address structured postal address, or {@code null} when unknown
 */
public record SepaParty(String name, Iban iban, Bic bic, PostalAddress address) {

    public SepaParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        if (name.isBlank()) {
            throw new IllegalArgumentException("party name must not be blank");
        }
    }
}
