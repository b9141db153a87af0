package com.wallbill.ocpp.bench;

import com.wallbill.ocpp.dispatch.ActionDefinition;
import com.wallbill.ocpp.dispatch.ActionRegistry;
import com.wallbill.ocpp.dispatch.InboundDispatcher;
import com.wallbill.ocpp.dispatch.PayloadMapper;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.FrameCodec;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v201.transactions.TransactionEvent;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Server CPU per inbound CALL, for the frames that make up nearly all traffic of a charger fleet.
 * {@code read} is what happens before a handler runs: decode the text, find the action, validate and bind the
 * request. {@code answer} is the whole round: decode, {@link InboundDispatcher#dispatch} with a handler that
 * answers at once (so the response is written and validated too), and encode the CallResult. Run it with
 * bench/ocpp-decode-benchmark.sh; the class name does not end in Test so surefire leaves it alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class InboundFrameBenchmark {

    /** A frame as a charger sends it. */
    public enum Kind {
        V16_METER_VALUES(OcppVersion.V16, "[2,\"19223230\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":1482,"
                + "\"meterValue\":[{\"timestamp\":\"2024-03-05T18:22:10Z\",\"sampledValue\":[{\"value\":\"12873.0\","
                + "\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Energy.Active.Import.Register\","
                + "\"location\":\"Outlet\",\"unit\":\"Wh\"},{\"value\":\"7362\",\"context\":\"Sample.Periodic\","
                + "\"format\":\"Raw\",\"measurand\":\"Power.Active.Import\",\"location\":\"Outlet\",\"unit\":\"W\"}]}]}]"),
        V201_TRANSACTION_EVENT(OcppVersion.V201, "[2,\"9a02\",\"TransactionEvent\",{\"eventType\":\"Updated\","
                + "\"timestamp\":\"2024-03-05T18:17:49Z\",\"triggerReason\":\"MeterValuePeriodic\",\"seqNo\":3,"
                + "\"numberOfPhasesUsed\":3,\"cableMaxCurrent\":32,\"transactionInfo\":{\"transactionId\":"
                + "\"f3b9a2c4-5d6e-4f70-8a91-b2c3d4e5f607\",\"chargingState\":\"Charging\",\"timeSpentCharging\":897},"
                + "\"evse\":{\"id\":1,\"connectorId\":1},\"meterValue\":[{\"timestamp\":\"2024-03-05T18:17:49.250Z\","
                + "\"sampledValue\":[{\"value\":14581.25,\"context\":\"Sample.Periodic\",\"measurand\":"
                + "\"Energy.Active.Import.Register\",\"unitOfMeasure\":{\"unit\":\"Wh\"}},{\"value\":7.36,"
                + "\"measurand\":\"Power.Active.Import\",\"unitOfMeasure\":{\"unit\":\"W\",\"multiplier\":3}}]}]}]"),
        V16_HEARTBEAT(OcppVersion.V16, "[2,\"19223201\",\"Heartbeat\",{}]"),
        V201_HEARTBEAT(OcppVersion.V201, "[2,\"8e01\",\"Heartbeat\",{}]"),
        V16_STATUS_NOTIFICATION(OcppVersion.V16, "[2,\"19223219\",\"StatusNotification\",{\"connectorId\":1,"
                + "\"errorCode\":\"NoError\",\"status\":\"Charging\",\"timestamp\":\"2024-03-05T18:02:31Z\"}]"),
        V201_STATUS_NOTIFICATION(OcppVersion.V201, "[2,\"8e60\",\"StatusNotification\",{\"timestamp\":"
                + "\"2024-03-05T18:02:31.512+01:00\",\"connectorStatus\":\"Occupied\",\"evseId\":1,\"connectorId\":1}]");

        final OcppVersion version;
        final String text;

        Kind(OcppVersion version, String text) {
            this.version = version;
            this.text = text;
        }
    }

    private static final Instant NOW = Instant.parse("2024-03-05T18:22:11.120Z");

    @Param
    public Kind frame;

    private FrameCodec codec;
    private PayloadMapper mapper;
    private ActionRegistry registry;
    private InboundDispatcher<Void> dispatcher;

    @Setup(Level.Trial)
    public void setUp() {
        mapper = PayloadMapper.create();
        codec = new FrameCodec(mapper.objectMapper());
        registry = ActionRegistry.of(frame.version);
        dispatcher = frame.version == OcppVersion.V16 ? v16() : v201();
        // A frame that is rejected would bench the error path, not the one chargers take all day.
        if (!(answer() instanceof String text) || !text.startsWith("[3,")) {
            throw new IllegalStateException(frame + " is not answered with a CallResult: " + answer());
        }
    }

    @Benchmark
    public Object read() {
        Call call = call();
        ActionDefinition<?, ?> definition = registry.find(call.action()).orElseThrow();
        return mapper.read(call.payload(), definition.requestType());
    }

    @Benchmark
    public Object answer() {
        Frame result = dispatcher.dispatch(null, call()).toCompletableFuture().join();
        return result instanceof CallResult ? codec.encode(frame.version, result) : result;
    }

    private Call call() {
        return (Call) ((Decoded.Ok) codec.decode(frame.version, frame.text)).frame();
    }

    private InboundDispatcher<Void> v16() {
        return InboundDispatcher.builder(OcppVersion.V16, Void.class).mapper(mapper)
                .on(com.wallbill.ocpp.v16.core.MeterValues.Request.class, (c, request) ->
                        CompletableFuture.completedFuture(new com.wallbill.ocpp.v16.core.MeterValues.Response()))
                .on(com.wallbill.ocpp.v16.core.Heartbeat.Request.class, (c, request) ->
                        CompletableFuture.completedFuture(new com.wallbill.ocpp.v16.core.Heartbeat.Response(NOW)))
                .on(com.wallbill.ocpp.v16.core.StatusNotification.Request.class, (c, request) ->
                        CompletableFuture.completedFuture(
                                new com.wallbill.ocpp.v16.core.StatusNotification.Response()))
                .build();
    }

    private InboundDispatcher<Void> v201() {
        return InboundDispatcher.builder(OcppVersion.V201, Void.class).mapper(mapper)
                .on(TransactionEvent.Request.class, (c, request) ->
                        CompletableFuture.completedFuture(TransactionEvent.Response.empty()))
                .on(com.wallbill.ocpp.v201.availability.Heartbeat.Request.class, (c, request) ->
                        CompletableFuture.completedFuture(
                                new com.wallbill.ocpp.v201.availability.Heartbeat.Response(NOW)))
                .on(com.wallbill.ocpp.v201.availability.StatusNotification.Request.class, (c, request) ->
                        CompletableFuture.completedFuture(
                                new com.wallbill.ocpp.v201.availability.StatusNotification.Response()))
                .build();
    }
}
