package com.wallbill.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.dispatch.InboundDispatcher;
import com.wallbill.ocpp.dispatch.OutboundCalls;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.FrameCodec;
import com.wallbill.ocpp.rpc.OcppCallException;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.rpc.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the {@link Violation} table, for both versions, driven end to end: raw text in, raw CALLERROR
 * (or nothing) out, through the codec, the dispatcher and the outbound call tracker.
 */
class ErrorTableTest {

    private static final String IGNORED = "(ignored)";

    private final FrameCodec codec = new FrameCodec(Json.MAPPER);

    static List<ErrorTableCase> cases() {
        return ErrorTableCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rowIsAnsweredWithTheVersionsCode(ErrorTableCase row) {
        String reply = process(row.version(), row.raw());

        if (row.expectedCode() == null) {
            assertThat(reply).isEqualTo(IGNORED);
        } else {
            JsonNode frame = Json.parse(reply);
            assertThat(frame.get(0).intValue()).isEqualTo(4);
            assertThat(frame.get(1).textValue()).isEqualTo(row.expectedId());
            assertThat(frame.get(2).textValue()).isEqualTo(row.expectedCode());
            assertThat(frame.get(3).textValue()).isNotNull();
            assertThat(frame.get(4).isObject()).isTrue();
        }
    }

    @Test
    void everyRowIsCoveredForBothVersions() {
        for (OcppVersion version : OcppVersion.values()) {
            Set<Violation> covered = cases().stream().filter(c -> c.version() == version)
                    .map(ErrorTableCase::row).collect(Collectors.toCollection(() -> EnumSet.noneOf(Violation.class)));
            assertThat(covered).as("rows covered on %s", version).containsExactlyInAnyOrder(Violation.values());
        }
    }

    /** What the server would do with one text message: the text it sends back, or IGNORED. */
    private String process(OcppVersion version, String raw) {
        Decoded decoded = codec.decode(version, raw);
        if (decoded instanceof Decoded.Rejected rejected) {
            return codec.encode(version, rejected.reply());
        }
        if (decoded instanceof Decoded.Ignored) {
            return IGNORED;
        }
        Frame frame = ((Decoded.Ok) decoded).frame();
        if (frame instanceof Call call) {
            Frame answer = dispatcher(version).dispatch(new Station(false), call).toCompletableFuture().join();
            return codec.encode(version, answer);
        }
        OutboundCalls outbound = new OutboundCalls(version, call -> { }, (delay, task) -> () -> { },
                Duration.ofSeconds(30), () -> "csms-1");
        outbound.call("Reset", Json.json("{'type':'Soft'}"));
        boolean matched = frame instanceof CallResult result ? outbound.onResult(result)
                : outbound.onError((CallError) frame);
        return matched ? "(matched)" : IGNORED;
    }

    /** The per-connection state a server keeps; here only whether the boot was accepted. */
    record Station(boolean accepted) {
    }

    private static InboundDispatcher<Station> dispatcher(OcppVersion version) {
        InboundDispatcher.Builder<Station> builder = InboundDispatcher.builder(version, Station.class)
                .onFailure((call, failure) -> { });
        if (version == OcppVersion.V16) {
            builder.on(com.wallbill.ocpp.v16.core.BootNotification.Request.class, (station, request) ->
                            CompletableFuture.completedFuture(new com.wallbill.ocpp.v16.core.BootNotification.Response(
                                    com.wallbill.ocpp.v16.core.RegistrationStatus.ACCEPTED, Instant.EPOCH, 300)))
                    .on(com.wallbill.ocpp.v16.core.Heartbeat.Request.class, (station, request) -> {
                        throw new IllegalStateException("database is down");
                    })
                    .on(com.wallbill.ocpp.v16.core.MeterValues.Request.class, (station, request) ->
                            CompletableFuture.completedFuture(new com.wallbill.ocpp.v16.core.MeterValues.Response()))
                    .on(com.wallbill.ocpp.v16.core.StartTransaction.Request.class, (station, request) -> {
                        throw notAccepted(version);
                    });
        } else {
            builder.on(com.wallbill.ocpp.v201.provisioning.BootNotification.Request.class, (station, request) ->
                            CompletableFuture.completedFuture(
                                    new com.wallbill.ocpp.v201.provisioning.BootNotification.Response(Instant.EPOCH,
                                            300, com.wallbill.ocpp.v201.provisioning.RegistrationStatus.ACCEPTED,
                                            null)))
                    .on(com.wallbill.ocpp.v201.availability.Heartbeat.Request.class, (station, request) -> {
                        throw new IllegalStateException("database is down");
                    })
                    .on(com.wallbill.ocpp.v201.metervalues.MeterValues.Request.class, (station, request) ->
                            CompletableFuture.completedFuture(
                                    new com.wallbill.ocpp.v201.metervalues.MeterValues.Response()))
                    .on(com.wallbill.ocpp.v201.transactions.TransactionEvent.Request.class, (station, request) ->
                            CompletableFuture.failedFuture(notAccepted(version)));
        }
        return builder.build();
    }

    private static OcppCallException notAccepted(OcppVersion version) {
        return new OcppCallException(Violation.NOT_ACCEPTED_YET.code(version).orElseThrow(),
                "BootNotification has not been accepted");
    }
}
