package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PgTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRawNulInTextBecomesVisibleAndTextWithoutOneStaysTheSame() {
        assertThat(PgText.text("[2,\"1\",\"Heartbeat\",{\"x\":\"a\0b\"}]"))
                .isEqualTo("[2,\"1\",\"Heartbeat\",{\"x\":\"a\\u0000b\"}]");
        String plain = "[2,\"1\",\"Heartbeat\",{}]";
        assertThat(PgText.text(plain)).isSameAs(plain);
    }

    @Test
    void jsonWithoutANulIsWrittenAsItIs() throws Exception {
        JsonNode node = JSON.readTree("[{\"value\":\"230.1\",\"measurand\":\"Voltage\",\"phase\":\"L1-N\"}]");
        assertThat(PgText.json(node)).isEqualTo(node.toString());
    }

    @Test
    void aNulInAValueOrANameBecomesVisibleTextThatJsonbAccepts() throws Exception {
        JsonNode node = JSON.readTree("{\"id\\u0000Tag\":\"T\\u0000G\",\"list\":[\"a\\u0000\",1,null,{\"k\":\"\\u0000\"}]}");
        String text = PgText.json(node);
        assertThat(text).isEqualTo("{\"id\\\\u0000Tag\":\"T\\\\u0000G\",\"list\":[\"a\\\\u0000\",1,null,{\"k\":\"\\\\u0000\"}]}");
        assertThat(JSON.readTree(text).path("id\\u0000Tag").asText()).isEqualTo("T\\u0000G");
    }

    @Test
    void anEscapedBackslashBeforeU0000IsNotANulAndStaysTheSame() throws Exception {
        JsonNode node = JSON.readTree("{\"v\":\"x\\\\u0000y\"}");
        assertThat(PgText.json(node)).isEqualTo(node.toString());
        assertThat(JSON.readTree(PgText.json(node)).path("v").asText()).isEqualTo("x\\u0000y");
    }
}
