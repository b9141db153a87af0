package com.wallbill.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.ocpp.GoldenFrames;
import com.wallbill.ocpp.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameCodecGoldenTest {

    private final FrameCodec codec = new FrameCodec(Json.MAPPER);

    static List<GoldenFrames.Line> frames() {
        return GoldenFrames.all();
    }

    @Test
    void goldenFramesExistForBothVersions() {
        assertThat(GoldenFrames.of(OcppVersion.V16)).hasSizeGreaterThan(40);
        assertThat(GoldenFrames.of(OcppVersion.V201)).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void goldenFrameDecodesAndReencodesToTheExactSameText(GoldenFrames.Line line) {
        Decoded decoded = codec.decode(line.version(), line.text());

        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        Frame frame = ((Decoded.Ok) decoded).frame();
        assertThat(codec.encode(line.version(), frame)).isEqualTo(line.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void goldenFrameHasTheKindItsFileSays(GoldenFrames.Line line) {
        Frame frame = ((Decoded.Ok) codec.decode(line.version(), line.text())).frame();

        if (line.action().equals("errors")) {
            assertThat(frame).isInstanceOf(CallError.class);
        } else if (line.messageType() == 2) {
            assertThat(frame).isInstanceOfSatisfying(Call.class,
                    call -> assertThat(call.action()).isEqualTo(line.action()));
        } else {
            assertThat(frame).isInstanceOf(CallResult.class);
        }
    }
}
