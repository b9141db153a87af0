package com.wallbill.ocpp.dispatch;

import java.util.concurrent.CompletionStage;

/**
 * Handles one inbound action. {@code C} is whatever the server keeps per connection (charger id, session...).
 * To answer with a specific CALLERROR, throw or fail the stage with
 * {@link com.wallbill.ocpp.rpc.OcppCallException}; anything else thrown becomes InternalError.
 */
@FunctionalInterface
public interface Handler<C, Q, R> {

    CompletionStage<R> handle(C context, Q request);
}
