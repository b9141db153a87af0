package com.wallbill.central.interop;

import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.central.TestSupport.parse;
import static com.wallbill.central.TestSupport.register;
import static com.wallbill.central.TestSupport.session;
import static com.wallbill.central.TestSupport.sessionsOf;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ChargePointErrorCode;
import eu.chargetime.ocpp.model.core.ChargePointStatus;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.MeterValue;
import eu.chargetime.ocpp.model.core.MeterValuesConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.Reason;
import eu.chargetime.ocpp.model.core.RegistrationStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.SampledValue;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationConfirmation;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with an independent OCPP 1.6J charge point implementation: the {@code JSONClient} of
 * Java-OCA-OCPP (eu.chargetime.ocpp:v1_6) builds, serialises and parses every frame itself, so this test proves
 * that what the server sends and accepts is understood by someone else's code, not only by our own codec.
 */
@QuarkusTest
class JavaOcaOcppInteropTest {

    private static final String PASSWORD = "oca-interop-charger-pass-01";
    private static final String ID_TAG = "OCA-TAG-0001";
    private static final long WAIT_SECONDS = 10;
    private static final String ENERGY = "Energy.Active.Import.Register";

    @TestHTTPResource("/ocpp")
    URI http;

    @Test
    void javaOcaOcppChargePointChargesAndAnswersAReset() throws Exception {
        String id = newId("oca16");
        register(id, PASSWORD);

        RecordingHandler handler = new RecordingHandler();
        ClientCoreProfile core = new ClientCoreProfile(handler);
        // the library appends "/" + identity to the URL given to connect(), sends the Sec-WebSocket-Protocol
        // "ocpp1.6" by itself and, with USERNAME and PASSWORD set, an HTTP Basic Authorization header
        JSONClient client = new JSONClient(core, id, JSONConfiguration.get()
                .setParameter(JSONConfiguration.USERNAME_PARAMETER, id)
                .setParameter(JSONConfiguration.PASSWORD_PARAMETER, PASSWORD)
                .setParameter(JSONConfiguration.CONNECT_TIMEOUT_IN_MS_PARAMETER, 10_000));
        CompletableFuture<Void> opened = new CompletableFuture<>();
        ClientEvents events = new ClientEvents() {
            @Override
            public void connectionOpened() {
                opened.complete(null);
            }

            @Override
            public void connectionClosed() {
                opened.completeExceptionally(new IllegalStateException("connection closed before it opened"));
            }
        };
        // connect() blocks until the handshake ends and only logs a failure: bound it and check it opened
        CompletableFuture.runAsync(() -> client.connect(ocppEndpoint(http).toString(), events))
                .get(WAIT_SECONDS + 5, SECONDS);
        opened.get(WAIT_SECONDS, SECONDS);
        assertThat(client.isClosed()).as("client connected").isFalse();

        try {
            BootNotificationRequest bootRequest = core.createBootNotificationRequest("ChargeTime", "OCA-Interop");
            bootRequest.setChargePointSerialNumber("OCA-SN-1");
            bootRequest.setFirmwareVersion("1.1.0");
            BootNotificationConfirmation boot = send(client, bootRequest, BootNotificationConfirmation.class);
            assertThat(boot.getStatus()).isEqualTo(RegistrationStatus.Accepted);
            assertThat(boot.getInterval()).isPositive();
            assertThat(boot.getCurrentTime().toInstant())
                    .isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(300));

            StatusNotificationRequest available = core.createStatusNotificationRequest(1, ChargePointErrorCode.NoError,
                    ChargePointStatus.Available);
            available.setTimestamp(ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
            assertThat(send(client, available, StatusNotificationConfirmation.class)).isNotNull();

            AuthorizeConfirmation authorized = send(client, core.createAuthorizeRequest(ID_TAG),
                    AuthorizeConfirmation.class);
            assertThat(authorized.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);

            // charger clock one hour back, whole seconds: plausible, in the past, exact to compare
            ZonedDateTime t0 = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusHours(1);
            int meterStart = 2_500_000;
            StartTransactionRequest startRequest = core.createStartTransactionRequest(1, ID_TAG, meterStart, t0);
            StartTransactionConfirmation started = send(client, startRequest, StartTransactionConfirmation.class);
            assertThat(started.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
            Integer transactionId = started.getTransactionId();
            assertThat(transactionId).isNotNull().isPositive();

            StatusNotificationRequest charging = core.createStatusNotificationRequest(1, ChargePointErrorCode.NoError,
                    ChargePointStatus.Charging);
            charging.setTimestamp(t0);
            send(client, charging, StatusNotificationConfirmation.class);

            assertThat(send(client, meterValues(core, transactionId, t0.plusMinutes(15), "2503000"),
                    MeterValuesConfirmation.class)).isNotNull();
            send(client, meterValues(core, transactionId, t0.plusMinutes(30), "2506500"),
                    MeterValuesConfirmation.class);

            int meterStop = 2_509_250;
            StopTransactionRequest stopRequest = core.createStopTransactionRequest(meterStop, t0.plusMinutes(45),
                    transactionId);
            stopRequest.setReason(Reason.EVDisconnected);
            stopRequest.setIdTag(ID_TAG);
            StopTransactionConfirmation stopped = send(client, stopRequest, StopTransactionConfirmation.class);
            assertThat(stopped.getIdTagInfo()).as("idTagInfo, since the stop carried an idTag").isNotNull();
            assertThat(stopped.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);

            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(1);
            JsonNode s = session(sessions.get(0).path("id").asLong());
            assertThat(s.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(s.path("ocppVersion").asText()).isEqualTo("1.6");
            assertThat(s.path("transactionId").asText()).isEqualTo(transactionId.toString());
            assertThat(s.path("idTag").asText()).isEqualTo(ID_TAG);
            assertThat(s.path("connectorId").asInt()).isEqualTo(1);
            assertThat(s.path("meterStartWh").decimalValue()).isEqualByComparingTo(Integer.toString(meterStart));
            assertThat(s.path("meterStopWh").decimalValue()).isEqualByComparingTo(Integer.toString(meterStop));
            assertThat(s.path("energyWh").decimalValue())
                    .isEqualByComparingTo(Integer.toString(meterStop - meterStart));
            assertThat(s.path("stopReason").asText()).isEqualTo("EVDisconnected");
            assertThat(Instant.parse(s.path("startedAt").asText())).isEqualTo(t0.toInstant());
            assertThat(Instant.parse(s.path("stoppedAt").asText())).isEqualTo(t0.plusMinutes(45).toInstant());
            assertThat(s.path("flags")).isEmpty();

            // Transaction.Begin, the two periodic registers sent by the library, Transaction.End
            JsonNode samples = s.path("samples");
            assertThat(samples).hasSize(4);
            List<String> registers = new ArrayList<>();
            samples.forEach(sample -> registers.add(sample.path("registerWh").decimalValue().toBigInteger()
                    .toString()));
            assertThat(registers).containsExactly("2500000", "2503000", "2506500", "2509250");
            for (int i = 1; i <= 2; i++) {
                JsonNode periodic = samples.get(i);
                assertThat(periodic.path("source").asText()).isEqualTo("MeterValues");
                assertThat(periodic.path("context").asText()).isEqualTo("Sample.Periodic");
                assertThat(periodic.path("sampledValues").get(0).path("measurand").asText()).isEqualTo(ENERGY);
                assertThat(periodic.path("sampledValues").get(0).path("unit").asText()).isEqualTo("Wh");
                assertThat(Instant.parse(periodic.path("sampledAt").asText()))
                        .isEqualTo(t0.plusMinutes(15L * i).toInstant());
            }
            assertThat(samples.get(0).path("context").asText()).isEqualTo("Transaction.Begin");
            assertThat(samples.get(3).path("context").asText()).isEqualTo("Transaction.End");

            // a command from the server reaches the library's handler and its confirmation comes back
            String answer = operator().body(Map.of("type", "Soft"))
                    .post("/api/operator/charge-points/{id}/commands/{action}", id, "Reset")
                    .then().statusCode(200).extract().asString();
            assertThat(parse(answer))
                    .isEqualTo(json("{\"outcome\":\"Answered\",\"payload\":{\"status\":\"Accepted\"}}"));
            assertThat(handler.received).containsExactly("Reset:Soft");
        } finally {
            client.disconnect();
        }
    }

    private static MeterValuesRequest meterValues(ClientCoreProfile core, int transactionId, ZonedDateTime at,
            String wh) {
        SampledValue register = new SampledValue(wh);
        register.setContext("Sample.Periodic");
        register.setMeasurand(ENERGY);
        register.setUnit("Wh");
        MeterValuesRequest request = core.createMeterValuesRequest(1, new MeterValue(at,
                new SampledValue[] {register}));
        request.setTransactionId(transactionId);
        return request;
    }

    /** Sends through the library and waits, bounded, for its parsed confirmation. */
    private static <T extends Confirmation> T send(JSONClient client, Request request, Class<T> type)
            throws Exception {
        Confirmation confirmation = client.send(request).toCompletableFuture().get(WAIT_SECONDS, SECONDS);
        assertThat(confirmation).as(request.getClass().getSimpleName() + " confirmation").isInstanceOf(type);
        return type.cast(confirmation);
    }

    /** The charge point side of the Core profile: answers Reset, records every command it gets. */
    private static final class RecordingHandler implements ClientCoreEventHandler {

        final List<String> received = new CopyOnWriteArrayList<>();

        @Override
        public ResetConfirmation handleResetRequest(ResetRequest request) {
            received.add("Reset:" + request.getType());
            return new ResetConfirmation(ResetStatus.Accepted);
        }

        @Override
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest request) {
            received.add("ChangeAvailability");
            return null;
        }

        @Override
        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest request) {
            received.add("GetConfiguration");
            return null;
        }

        @Override
        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest request) {
            received.add("ChangeConfiguration");
            return null;
        }

        @Override
        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
            received.add("ClearCache");
            return null;
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest request) {
            received.add("DataTransfer");
            return null;
        }

        @Override
        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(
                RemoteStartTransactionRequest request) {
            received.add("RemoteStartTransaction");
            return null;
        }

        @Override
        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(
                RemoteStopTransactionRequest request) {
            received.add("RemoteStopTransaction");
            return null;
        }

        @Override
        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
            received.add("UnlockConnector");
            return null;
        }
    }
}
