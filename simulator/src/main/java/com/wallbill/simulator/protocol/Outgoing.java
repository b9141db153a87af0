package com.wallbill.simulator.protocol;

/** A CALL a charger is about to send: the action and its typed request record. */
public record Outgoing(String action, Object request) {
}
