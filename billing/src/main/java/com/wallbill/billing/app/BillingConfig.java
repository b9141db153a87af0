package com.wallbill.billing.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Billing's settings ({@code wallbill.billing.*}, or {@code WALLBILL_BILLING_*} environment variables). */
@ConfigMapping(prefix = "wallbill.billing")
public interface BillingConfig {

    /** Connections of billing's own pool (month close, payments, costing), apart from the OCPP pool. */
    @WithDefault("4")
    int databaseConnections();

    /** How often due months are closed, payments retried and uncosted sessions picked up. */
    @WithDefault("60s")
    Duration schedulerInterval();

    /** Wait before a declined card charge or a refused payout is tried again. */
    @WithDefault("6h")
    Duration paymentRetryDelay();

    /** Wait before a payment whose provider could not be reached is tried again (same idempotency key). */
    @WithDefault("5m")
    Duration paymentUnreachableDelay();

    /** The invoice issuer (the platform operator), printed on every invoice. */
    Issuer issuer();

    interface Issuer {
        @WithDefault("Wallbill")
        String name();

        @WithDefault("-")
        String taxId();

        @WithDefault("Madrid")
        String townName();

        @WithDefault("ES")
        String countryCode();

        Optional<String> streetName();

        Optional<String> buildingNumber();

        Optional<String> postCode();

        Optional<String> email();
    }
}
