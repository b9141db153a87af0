/**
 * OCPP-J RPC layer, shared by both versions: the three frame kinds ({@link com.wallbill.ocpp.rpc.Call},
 * {@link com.wallbill.ocpp.rpc.CallResult}, {@link com.wallbill.ocpp.rpc.CallError}), version-aware error codes,
 * the one table deciding how malformed input is answered ({@link com.wallbill.ocpp.rpc.Violation}) and the
 * text codec ({@link com.wallbill.ocpp.rpc.FrameCodec}). Payloads are JSON trees here; nothing is typed.
 */
package com.wallbill.ocpp.rpc;
