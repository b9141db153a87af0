package com.wallbill.ocpp.rpc;

import static com.wallbill.ocpp.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.Json;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec(Json.MAPPER);

    @Test
    void decodesACallIntoItsParts() {
        Decoded decoded = codec.decode(OcppVersion.V16, "[2,\"42\",\"Heartbeat\",{}]");

        assertThat(decoded).isEqualTo(new Decoded.Ok(new Call("42", "Heartbeat", json("{}"))));
    }

    @Test
    void callErrorWithNullDescriptionAndDetailsIsEncodedWithAllFiveElements() {
        String text = codec.encode(OcppVersion.V16, new CallError("7", ErrorCode.INTERNAL_ERROR, null, null));

        assertThat(text).isEqualTo("[4,\"7\",\"InternalError\",\"\",{}]");
    }

    @Test
    void callErrorCodeIsSpeltForTheConnectionsVersion() {
        CallError error = CallError.of("7", ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "idTag");

        assertThat(codec.encode(OcppVersion.V16, error))
                .isEqualTo("[4,\"7\",\"OccurenceConstraintViolation\",\"idTag\",{}]");
        assertThat(codec.encode(OcppVersion.V201, error))
                .isEqualTo("[4,\"7\",\"OccurrenceConstraintViolation\",\"idTag\",{}]");
    }

    @Test
    void v201DescriptionIsCutTo255CharactersButV16KeepsItWhole() {
        CallError error = CallError.of("7", ErrorCode.GENERIC_ERROR, "d".repeat(300));

        JsonNode v201 = Json.parse(codec.encode(OcppVersion.V201, error));
        JsonNode v16 = Json.parse(codec.encode(OcppVersion.V16, error));

        assertThat(v201.get(3).textValue()).hasSize(255);
        assertThat(v16.get(3).textValue()).hasSize(300);
    }

    @Test
    void decimalsKeepTheirScaleThroughARoundTrip() {
        String text = "[3,\"1\",{\"limit\":16.0,\"price\":0.250,\"big\":12345678901234567890.1}]";

        Frame frame = ((Decoded.Ok) codec.decode(OcppVersion.V201, text)).frame();

        assertThat(codec.encode(OcppVersion.V201, frame)).isEqualTo(text);
    }

    @Test
    void trailingGarbageAfterTheArrayIsMalformed() {
        Decoded decoded = codec.decode(OcppVersion.V201, "[2,\"1\",\"Heartbeat\",{}] [2]");

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Rejected.class, rejected -> {
            assertThat(rejected.reply().code()).isEqualTo(ErrorCode.RPC_FRAMEWORK_ERROR);
            assertThat(rejected.reply().messageId()).isEqualTo("-1");
        });
    }

    @Test
    void rejectionDescriptionNeverEchoesTheReceivedText() {
        String hostile = "[2,\"1\",\"Heartbeat\",[\"<script>alert(1)</script>\"]]";

        Decoded.Rejected rejected = (Decoded.Rejected) codec.decode(OcppVersion.V201, hostile);

        assertThat(rejected.reply().description()).doesNotContain("script").contains("an array");
        assertThat(((Decoded.Rejected) codec.decode(OcppVersion.V16, "{\"<b>\":1"))
                .reply().description()).doesNotContain("<b>");
    }

    @Test
    void malformedCallResultIsIgnoredRatherThanAnswered() {
        assertThat(codec.decode(OcppVersion.V201, "[3,\"1\"]")).isInstanceOf(Decoded.Ignored.class);
        assertThat(codec.decode(OcppVersion.V201, "[3,\"1\",[]]")).isInstanceOf(Decoded.Ignored.class);
        assertThat(codec.decode(OcppVersion.V16, "[4,\"1\",\"GenericError\",\"\"]"))
                .isInstanceOf(Decoded.Ignored.class);
    }

    @Test
    void receivedCallErrorIsReadLeniently() {
        Decoded decoded = codec.decode(OcppVersion.V16, "[4,\"9\",\"VendorSpecificError\",null,null]");

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Ok.class, ok -> {
            CallError error = (CallError) ok.frame();
            assertThat(error.code()).isEqualTo(ErrorCode.GENERIC_ERROR);
            assertThat(error.description()).isEmpty();
            assertThat(error.details()).isEqualTo(json("{}"));
        });
    }

    @Test
    void receivedCallErrorInTheOtherVersionsSpellingIsUnderstood() {
        Decoded decoded = codec.decode(OcppVersion.V16, "[4,\"9\",\"FormatViolation\",\"\",{}]");

        assertThat(((CallError) ((Decoded.Ok) decoded).frame()).code()).isEqualTo(ErrorCode.FORMAT_VIOLATION);
    }

    @Test
    void messageIdOfExactly36CharactersIsAccepted() {
        String id = "x".repeat(36);

        assertThat(codec.decode(OcppVersion.V201, "[2,\"" + id + "\",\"Heartbeat\",{}]"))
                .isInstanceOf(Decoded.Ok.class);
    }
}
