package com.wallbill.central.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HandshakeParsingTest {

    @Test
    void chargePointIdIsTheLastPathSegmentPercentDecoded() {
        assertThat(OcppEndpoint.chargePointId("/ocpp/CP-001")).isEqualTo("CP-001");
        assertThat(OcppEndpoint.chargePointId("/ocpp/tenant/CP%20002")).isEqualTo("CP 002");
        assertThat(OcppEndpoint.chargePointId("/ocpp/A+B")).isEqualTo("A+B");
    }

    @Test
    void idsTheSpecForbidsAreRefused() {
        assertThatThrownBy(() -> OcppEndpoint.chargePointId("/ocpp/a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcppEndpoint.chargePointId("/ocpp/" + "x".repeat(49)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcppEndpoint.chargePointId("/ocpp/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void basicCredentialsAreSplitAtTheFirstColonOnly() {
        String header = "Basic " + Base64.getEncoder().encodeToString("CP-1:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(OcppEndpoint.basicCredentials(header)).hasValueSatisfying(c -> {
            assertThat(c[0]).isEqualTo("CP-1");
            assertThat(c[1]).isEqualTo("pa:ss");
        });
        assertThat(OcppEndpoint.basicCredentials("Bearer abc")).isEmpty();
        assertThat(OcppEndpoint.basicCredentials("Basic !!!notbase64")).isEmpty();
        assertThat(OcppEndpoint.basicCredentials(null)).isEmpty();
    }

    @Test
    void passwordsAreStoredSaltedAndVerifiedInConstantTime() {
        String hash = PasswordHasher.hash("0123456789abcdef0123");
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("0123456789abcdef0123");
        assertThat(PasswordHasher.hash("0123456789abcdef0123")).isNotEqualTo(hash);
        assertThat(PasswordHasher.verify("0123456789abcdef0123", hash)).isTrue();
        assertThat(PasswordHasher.verify("0123456789abcdef0124", hash)).isFalse();
        assertThat(PasswordHasher.verify("anything", "plain-text")).isFalse();
    }
}
