package com.wallbill.billing.iban;

/**
 * An account number that is not a valid IBAN. The message says what is wrong but never repeats the account number
 * itself: these messages end up in logs and API error bodies.
 */
public class InvalidIbanException extends IllegalArgumentException {

    public InvalidIbanException(String message) {
        super(message);
    }
}
