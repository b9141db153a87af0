package com.wallbill.simulator.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.transport.OcppJson;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/** One charger's connection to the {@link FakeCentralSystem}. */
public final class FakeConnection {

    private final String chargePointId;
    private final OcppVersion version;
    private final Socket socket;
    private final OutputStream out;
    private final BiFunction<FakeConnection, Call, JsonNode> responses;
    private final List<Call> received = new CopyOnWriteArrayList<>();
    private final List<String> receivedTexts = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> closedByCharger = new CompletableFuture<>();

    FakeConnection(String chargePointId, OcppVersion version, Socket socket, OutputStream out,
                   BiFunction<FakeConnection, Call, JsonNode> responses) {
        this.chargePointId = chargePointId;
        this.version = version;
        this.socket = socket;
        this.out = out;
        this.responses = responses;
    }

    public String chargePointId() {
        return chargePointId;
    }

    public OcppVersion version() {
        return version;
    }

    /** CALLs received from the charger, in order. */
    public List<Call> received() {
        return List.copyOf(received);
    }

    /** Every text frame received, in order. */
    public List<String> receivedTexts() {
        return List.copyOf(receivedTexts);
    }

    /** Sends a CALL to the charger; completes with the CALLRESULT payload, or fails on CALLERROR. */
    public CompletableFuture<JsonNode> call(String action, Object payload) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        sendText(OcppJson.codec().encode(version, new Call(id, action, OcppJson.toJson(payload))));
        return answer;
    }

    public synchronized void sendText(String text) {
        try {
            WebSocketWire.writeFrame(out, WebSocketWire.TEXT, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            drop();
        }
    }

    /** Sends a close frame with the code and reason (the charger is expected to echo it). */
    public synchronized void close(int code, String reason) {
        try {
            WebSocketWire.writeFrame(out, WebSocketWire.CLOSE, WebSocketWire.closePayload(code, reason));
        } catch (IOException e) {
            drop();
        }
    }

    /** Completes with the close code when the charger closed the connection. */
    public CompletableFuture<Integer> closedByCharger() {
        return closedByCharger;
    }

    void drop() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    void readLoop(DataInputStream in) throws IOException {
        while (true) {
            WebSocketWire.Message message = WebSocketWire.readMessage(in);
            switch (message.opcode()) {
                case WebSocketWire.TEXT -> onText(message.text());
                case WebSocketWire.PING -> pong(message.payload());
                case WebSocketWire.CLOSE -> {
                    byte[] payload = message.payload();
                    int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                    synchronized (this) {
                        WebSocketWire.writeFrame(out, WebSocketWire.CLOSE, WebSocketWire.closePayload(code, ""));
                    }
                    closedByCharger.complete(code);
                    return;
                }
                default -> {
                    // pong or binary: ignored
                }
            }
        }
    }

    private synchronized void pong(byte[] payload) throws IOException {
        WebSocketWire.writeFrame(out, WebSocketWire.PONG, payload);
    }

    private void onText(String text) {
        receivedTexts.add(text);
        Decoded decoded = OcppJson.codec().decode(version, text);
        if (decoded instanceof Decoded.Rejected rejected) {
            sendText(OcppJson.codec().encode(version, rejected.reply()));
        } else if (decoded instanceof Decoded.Ok ok) {
            if (ok.frame() instanceof Call call) {
                received.add(call);
                JsonNode answer = responses.apply(this, call);
                if (answer != null) {
                    sendText(OcppJson.codec().encode(version, new CallResult(call.messageId(), answer)));
                }
            } else if (ok.frame() instanceof CallResult result) {
                CompletableFuture<JsonNode> answer = pending.remove(result.messageId());
                if (answer != null) {
                    answer.complete(result.payload());
                }
            } else if (ok.frame() instanceof CallError error) {
                CompletableFuture<JsonNode> answer = pending.remove(error.messageId());
                if (answer != null) {
                    answer.completeExceptionally(new IllegalStateException(
                            error.code().wireName(version) + ": " + error.description()));
                }
            }
        }
    }
}
