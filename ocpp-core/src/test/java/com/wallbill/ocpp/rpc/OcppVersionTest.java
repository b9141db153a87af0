package com.wallbill.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcppVersionTest {

    @Test
    void subprotocolTokensMapToVersions() {
        assertThat(OcppVersion.fromSubprotocol("ocpp1.6")).contains(OcppVersion.V16);
        assertThat(OcppVersion.fromSubprotocol("ocpp2.0.1")).contains(OcppVersion.V201);
        assertThat(OcppVersion.V201.subprotocol()).isEqualTo("ocpp2.0.1");
    }

    @Test
    void subprotocolMatchIgnoresCaseButNotOtherVersions() {
        assertThat(OcppVersion.fromSubprotocol("OCPP1.6")).contains(OcppVersion.V16);
        assertThat(OcppVersion.fromSubprotocol("ocpp2.0")).isEmpty();
        assertThat(OcppVersion.fromSubprotocol("ocpp2.1")).isEmpty();
        assertThat(OcppVersion.fromSubprotocol(null)).isEmpty();
    }
}
