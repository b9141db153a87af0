package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.OcppCallException;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v16.core.AuthorizationStatus;
import com.wallbill.ocpp.v16.core.Authorize;
import com.wallbill.ocpp.v16.core.BootNotification;
import com.wallbill.ocpp.v16.core.Heartbeat;
import com.wallbill.ocpp.v16.core.IdTagInfo;
import com.wallbill.ocpp.v16.core.RegistrationStatus;
import com.wallbill.ocpp.v16.core.Reset;
import com.wallbill.ocpp.v16.core.StartTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InboundDispatcherTest {

    private static final Instant NOW = Instant.parse("2024-03-05T07:58:01Z");
    private static final String BOOT = "{'chargePointVendor':'Alfen BV','chargePointModel':'NG920-61001'}";

    /** What a server would keep per connection. */
    record Station(String id) {
    }

    private final List<Throwable> reported = new ArrayList<>();
    private final Station station = new Station("CP-001");

    private InboundDispatcher.Builder<Station> builder() {
        return InboundDispatcher.builder(OcppVersion.V16, Station.class)
                .onFailure((call, failure) -> reported.add(failure));
    }

    private Frame dispatch(InboundDispatcher<Station> dispatcher, String action, String payload) {
        return dispatcher.dispatch(station, new Call("m1", action, json(payload))).toCompletableFuture().join();
    }

    @Test
    void handlerAnswerBecomesACallResultWithNullsOmitted() {
        InboundDispatcher<Station> dispatcher = builder()
                .on(BootNotification.Request.class, (s, request) -> CompletableFuture.completedFuture(
                        new BootNotification.Response(RegistrationStatus.ACCEPTED, NOW, 300)))
                .on(Authorize.Request.class, (s, request) -> CompletableFuture.completedFuture(
                        new Authorize.Response(IdTagInfo.of(AuthorizationStatus.ACCEPTED))))
                .build();

        assertThat(dispatch(dispatcher, "BootNotification", BOOT)).isEqualTo(new CallResult("m1",
                json("{'status':'Accepted','currentTime':'2024-03-05T07:58:01Z','interval':300}")));
        assertThat(dispatch(dispatcher, "Authorize", "{'idTag':'04A2B3C4'}"))
                .isEqualTo(new CallResult("m1", json("{'idTagInfo':{'status':'Accepted'}}")));
    }

    @Test
    void handlerReceivesTheContextAndTheTypedRequest() {
        List<Object> seen = new ArrayList<>();
        InboundDispatcher<Station> dispatcher = builder()
                .on(BootNotification.Request.class, (s, request) -> {
                    seen.add(s);
                    seen.add(request.chargePointVendor());
                    return CompletableFuture.completedFuture(
                            new BootNotification.Response(RegistrationStatus.PENDING, NOW, 30));
                })
                .build();

        dispatch(dispatcher, "BootNotification", BOOT);

        assertThat(seen).containsExactly(station, "Alfen BV");
    }

    @Test
    void unknownActionIsNotImplemented() {
        Frame answer = dispatch(builder().build(), "SignCertificate", "{}");

        assertThat(answer).isEqualTo(CallError.of("m1", ErrorCode.NOT_IMPLEMENTED,
                "Action \"SignCertificate\" is not implemented"));
    }

    @Test
    void actionOnlyTheCsmsMayCallIsNotImplementedWhenAChargerCallsIt() {
        Frame answer = dispatch(builder().build(), "Reset", "{'type':'Hard'}");

        assertThat(((CallError) answer).code()).isEqualTo(ErrorCode.NOT_IMPLEMENTED);
    }

    @Test
    void knownActionWithoutHandlerIsNotSupported() {
        Frame answer = dispatch(builder().build(), "DiagnosticsStatusNotification", "{'status':'Idle'}");

        assertThat(((CallError) answer).code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
    }

    @Test
    void invalidPayloadIsAnsweredWithTheValidationCodeAndFieldBeforeTheHandlerRuns() {
        List<Object> calls = new ArrayList<>();
        InboundDispatcher<Station> dispatcher = builder()
                .on(StartTransaction.Request.class, (s, request) -> {
                    calls.add(request);
                    return CompletableFuture.completedFuture(null);
                })
                .build();

        CallError answer = (CallError) dispatch(dispatcher, "StartTransaction",
                "{'connectorId':1,'meterStart':0,'timestamp':'2024-03-05T18:02:45Z'}");

        assertThat(answer.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(answer.description()).isEqualTo("idTag: required field is missing");
        assertThat(calls).isEmpty();
    }

    @Test
    void handlerThatThrowsGivesInternalErrorWithoutItsMessageAndIsReported() {
        InboundDispatcher<Station> dispatcher = builder()
                .on(Heartbeat.Request.class, (s, request) -> {
                    throw new IllegalStateException("connection to db-7.internal refused");
                })
                .build();

        CallError answer = (CallError) dispatch(dispatcher, "Heartbeat", "{}");

        assertThat(answer.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(answer.messageId()).isEqualTo("m1");
        assertThat(answer.description()).doesNotContain("db-7").doesNotContain("Exception");
        assertThat(reported).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failedStageGivesInternalError() {
        InboundDispatcher<Station> dispatcher = builder()
                .on(Heartbeat.Request.class, (s, request) ->
                        CompletableFuture.supplyAsync(() -> {
                            throw new IllegalStateException("timeout writing to storage");
                        }))
                .build();

        CallError answer = (CallError) dispatch(dispatcher, "Heartbeat", "{}");

        assertThat(answer.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(reported).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void callExceptionKeepsItsCodeAndDescription() {
        InboundDispatcher<Station> dispatcher = builder()
                .on(Heartbeat.Request.class, (s, request) -> {
                    throw new OcppCallException(ErrorCode.SECURITY_ERROR, "BootNotification not accepted yet");
                })
                .on(Authorize.Request.class, (s, request) -> CompletableFuture.failedFuture(
                        new OcppCallException(ErrorCode.SECURITY_ERROR, "not accepted")))
                .build();

        assertThat(dispatch(dispatcher, "Heartbeat", "{}")).isEqualTo(
                CallError.of("m1", ErrorCode.SECURITY_ERROR, "BootNotification not accepted yet"));
        assertThat(((CallError) dispatch(dispatcher, "Authorize", "{'idTag':'A'}")).code())
                .isEqualTo(ErrorCode.SECURITY_ERROR);
        assertThat(reported).isEmpty();
    }

    @Test
    void responseOfTheWrongTypeOrBreakingTheSchemaIsAnInternalError() {
        InboundDispatcher<Station> dispatcher = builder()
                .on(Heartbeat.Request.class, (s, request) -> CompletableFuture.completedFuture(
                        new Heartbeat.Response(null)))
                .on(Authorize.Request.class, (s, request) -> CompletableFuture.completedFuture(null))
                .build();

        assertThat(((CallError) dispatch(dispatcher, "Heartbeat", "{}")).code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(((CallError) dispatch(dispatcher, "Authorize", "{'idTag':'A'}")).code())
                .isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(reported).hasSize(2);
    }

    @Test
    void builderRefusesCsmsRequestsAndSecondHandlers() {
        InboundDispatcher.Builder<Station> builder = builder()
                .on(Heartbeat.Request.class, (s, request) -> CompletableFuture.completedFuture(null));

        assertThatThrownBy(() -> builder.on(Reset.Request.class,
                (s, request) -> CompletableFuture.completedFuture(null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.on(Heartbeat.Request.class,
                (s, request) -> CompletableFuture.completedFuture(null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.on(com.wallbill.ocpp.v201.availability.Heartbeat.Request.class,
                (s, request) -> CompletableFuture.completedFuture(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void v201DispatcherRoutesTransactionEvents() {
        InboundDispatcher<Station> dispatcher = InboundDispatcher.builder(OcppVersion.V201, Station.class)
                .on(com.wallbill.ocpp.v201.transactions.TransactionEvent.Request.class, (s, request) ->
                        CompletableFuture.completedFuture(
                                com.wallbill.ocpp.v201.transactions.TransactionEvent.Response.empty()))
                .build();

        Frame answer = dispatcher.dispatch(station, new Call("t1", "TransactionEvent", json("{'eventType':'Ended',"
                + "'timestamp':'2024-03-05T19:12:03Z','triggerReason':'EVDeparted','seqNo':4,'transactionInfo':"
                + "{'transactionId':'f3b9a2c4','stoppedReason':'EVDisconnected'}}"))).toCompletableFuture().join();

        assertThat(answer).isEqualTo(new CallResult("t1", json("{}")));
        assertThat(dispatcher.version()).isEqualTo(OcppVersion.V201);
    }
}
