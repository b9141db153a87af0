package com.wallbill.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ChargePointSocketTest {

    /** Same name as Tyrus's, but another class: what a second class loader's copy looks like to this code. */
    static final class HandshakeException extends Exception {
        HandshakeException(String message) {
            super(message);
        }
    }

    @Test
    void statusIsFoundByTypeNameWhenTyrusComesFromAnotherClassLoader() throws Exception {
        Throwable tyrusAuthFailure = new org.glassfish.tyrus.client.auth.AuthenticationException("Credentials are missing.");
        assertThat(ChargePointSocket.statusOf(new RuntimeException("Handshake error.", tyrusAuthFailure))).isEqualTo(401);
        Throwable refused = new org.glassfish.tyrus.core.HandshakeException(409, "Response code was not 101: 409.");
        assertThat(ChargePointSocket.statusOf(new RuntimeException(refused))).isEqualTo(409);
    }

    @Test
    void statusFallsBackToTheResponseCodeInTheMessage() {
        Throwable foreign = new HandshakeException("Response code was not 101: 404.");
        assertThat(ChargePointSocket.statusOf(new RuntimeException("Handshake error.", foreign))).isEqualTo(404);
        assertThat(ChargePointSocket.statusOf(new java.net.ConnectException("Connection refused"))).isEqualTo(-1);
    }

    @Test
    void percentEscapesInTheIdSurviveTyrusDecodingThePath() {
        URI escaped = ChargePointSocket.escapedForTyrus(URI.create("ws://h:1/ocpp/CP%201?x=%41"));
        assertThat(escaped.getPath()).isEqualTo("/ocpp/CP%201");
        assertThat(escaped.getRawQuery()).isEqualTo("x=%41");
        URI plain = URI.create("ws://h:1/ocpp/CP-1");
        assertThat(ChargePointSocket.escapedForTyrus(plain)).isSameAs(plain);
    }
}
