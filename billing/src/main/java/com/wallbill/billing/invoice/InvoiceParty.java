package com.wallbill.billing.invoice;

import com.wallbill.billing.party.PostalAddress;
import java.util.Objects;

/**
 * Who issues or receives an invoice, with the tax data an invoice must carry.
 *
 * @param address nullable: a customer may be invoiced on its tax id alone
 * @param email nullable
 */
public record InvoiceParty(String name, String taxId, PostalAddress address, String email) {

    public InvoiceParty {
        name = requireText(name, "name");
        taxId = requireText(taxId, "taxId");
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !looksLikeEmail(email)) {
            throw new IllegalArgumentException("email is not an address: " + email);
        }
    }

    private static boolean looksLikeEmail(String email) {
        int at = email.indexOf('@');
        return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1 && email.chars()
                .noneMatch(Character::isWhitespace);
    }

    static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }
}
