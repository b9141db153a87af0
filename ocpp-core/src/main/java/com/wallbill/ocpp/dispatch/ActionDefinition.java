package com.wallbill.ocpp.dispatch;

import java.util.Objects;

/**
 * One action of one OCPP version: its wire name, the records of its request and response, and who calls it.
 * DataTransfer may travel both ways on the wire; it is registered as {@link Direction#FROM_CHARGER} (what the
 * CSMS must answer) and can still be sent by the CSMS through {@link OutboundCalls}.
 */
public record ActionDefinition<Q, R>(String action, Class<Q> requestType, Class<R> responseType,
                                     Direction direction) {

    public ActionDefinition {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(direction, "direction");
    }

    public static <Q, R> ActionDefinition<Q, R> fromCharger(String action, Class<Q> request, Class<R> response) {
        return new ActionDefinition<>(action, request, response, Direction.FROM_CHARGER);
    }

    public static <Q, R> ActionDefinition<Q, R> fromCsms(String action, Class<Q> request, Class<R> response) {
        return new ActionDefinition<>(action, request, response, Direction.FROM_CSMS);
    }
}
