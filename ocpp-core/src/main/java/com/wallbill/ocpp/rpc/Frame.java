package com.wallbill.ocpp.rpc;

/**
 * One OCPP-J RPC message: a request ({@link Call}), its answer ({@link CallResult}) or a failure
 * ({@link CallError}). Payloads stay as JSON trees here; typing happens in the dispatch layer.
 */
public sealed interface Frame permits Call, CallResult, CallError {

    /** The message id that correlates a call with its answer; at most 36 characters. */
    String messageId();
}
