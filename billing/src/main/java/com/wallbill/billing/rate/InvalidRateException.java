package com.wallbill.billing.rate;

/** A rate definition that cannot price every instant unambiguously. */
public class InvalidRateException extends IllegalArgumentException {

    public InvalidRateException(String message) {
        super(message);
    }
}
