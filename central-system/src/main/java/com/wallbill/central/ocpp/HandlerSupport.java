package com.wallbill.central.ocpp;

import com.wallbill.ocpp.common.WireEnum;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Small helpers the per-version handlers share. */
public final class HandlerSupport {

    private HandlerSupport() {
    }

    /** An answer that needs nothing stored beyond the journal. */
    public static <T> CompletionStage<T> done(T response) {
        return CompletableFuture.completedFuture(response);
    }

    /** The wire value of an optional enum field, or null. */
    public static String wire(WireEnum value) {
        return value == null ? null : value.wire();
    }
}
