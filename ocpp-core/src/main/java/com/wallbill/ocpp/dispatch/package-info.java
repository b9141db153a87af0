/**
 * Typed routing on top of the RPC layer: the explicit per-version {@link com.wallbill.ocpp.dispatch.ActionRegistry},
 * schema validation and binding ({@link com.wallbill.ocpp.dispatch.PayloadMapper}), inbound CALL routing
 * ({@link com.wallbill.ocpp.dispatch.InboundDispatcher}) and the one-in-flight outbound queue
 * ({@link com.wallbill.ocpp.dispatch.OutboundCalls}).
 */
package com.wallbill.ocpp.dispatch;
