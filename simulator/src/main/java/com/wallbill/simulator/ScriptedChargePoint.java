package com.wallbill.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.transport.ChargePointSocket;
import com.wallbill.simulator.transport.OcppJson;
import com.wallbill.simulator.transport.SocketListener;
import com.wallbill.simulator.transport.WebSocketClients;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A charge point driven step by step from a test: send a CALL and get its answer, answer the central system's
 * CALLs, or put arbitrary text on the wire.
 *
 * <pre>{@code
 * try (var cp = ScriptedChargePoint.connect(URI.create("ws://127.0.0.1:8081/ocpp"), "CP-1", OcppVersion.V16, "pw")) {
 *     var boot = cp.call("BootNotification", new BootNotification.Request("Acme", "Wall", ...),
 *             BootNotification.Response.class);
 *     Call reset = cp.nextServerCall(Duration.ofSeconds(5));
 *     cp.respond(reset, Map.of("status", "Accepted"));
 * }
 * }</pre>
 *
 * <p>Unlike a real charger it does not serialize its CALLs: concurrent {@link #call}s from several threads are
 * all put on the wire at once, which lets tests probe the server's one-call-in-flight handling. Inbound text
 * that answers none of its pending calls and is not a CALL from the server (an answer to {@link #sendRaw}
 * text, an error for a malformed frame) waits in a queue read by {@link #nextFrame}. Thread-safe; many
 * instances share one WebSocket client container.
 */
public final class ScriptedChargePoint implements AutoCloseable {

    /** How long {@link #call(String, Object)} waits for an answer. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

    private static final ExecutorService RESPONDERS =
            Executors.newCachedThreadPool(WebSocketClients.daemonThreads("wallbill-scripted-responder"));

    private final OcppVersion fallbackVersion;
    private final Map<String, PendingCall> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<String> unclaimedFrames = new LinkedBlockingQueue<>();
    private final BlockingQueue<Call> serverCalls = new LinkedBlockingQueue<>();
    private volatile Function<Call, Object> responder;
    private volatile ChargePointSocket socket;
    private volatile OcppVersion version;

    private ScriptedChargePoint(OcppVersion fallbackVersion) {
        this.fallbackVersion = fallbackVersion;
    }

    /**
     * Connects to {@code endpoint + "/" + urlEncoded(chargePointId)} offering {@code version}'s subprotocol, with
     * HTTP Basic credentials {@code chargePointId:password} unless {@code password} is null.
     *
     * @throws HandshakeFailedException when the upgrade is refused; {@link HandshakeFailedException#status()}
     *     gives the HTTP status
     */
    public static ScriptedChargePoint connect(URI endpoint, String chargePointId, OcppVersion version,
                                              String password) {
        Objects.requireNonNull(version, "version");
        String authorization = password == null ? null : basicAuthorization(chargePointId, password);
        return open(endpoint, chargePointId, List.of(version.subprotocol()), authorization, version);
    }

    /**
     * Connects offering exactly {@code offeredSubprotocols} (possibly none, or only unsupported ones) and the
     * given {@code Authorization} header value (null for none), for negative tests. The OCPP version spoken
     * afterwards follows the negotiated subprotocol (1.6 if none was negotiated).
     */
    public static ScriptedChargePoint connect(URI endpoint, String chargePointId, List<String> offeredSubprotocols,
                                              String authorizationHeaderOrNull) {
        OcppVersion fallback = offeredSubprotocols.stream()
                .map(OcppVersion::fromSubprotocol).flatMap(Optional::stream)
                .findFirst().orElse(OcppVersion.V16);
        return open(endpoint, chargePointId, offeredSubprotocols, authorizationHeaderOrNull, fallback);
    }

    /** {@code "Basic " + base64(user:password)}, for building a deliberately wrong header. */
    public static String basicAuthorization(String user, String password) {
        String credentials = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code endpoint/urlEncoded(chargePointId)}, the URL a charger with that id connects to. */
    public static URI chargePointUri(URI endpoint, String chargePointId) {
        String base = endpoint.toString();
        String separator = base.endsWith("/") ? "" : "/";
        String encodedId = URLEncoder.encode(chargePointId, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(base + separator + encodedId);
    }

    private static ScriptedChargePoint open(URI endpoint, String chargePointId, List<String> subprotocols,
                                            String authorization, OcppVersion fallback) {
        ScriptedChargePoint chargePoint = new ScriptedChargePoint(fallback);
        ChargePointSocket.connect(chargePointUri(endpoint, chargePointId), subprotocols, authorization,
                chargePoint::opened);
        return chargePoint;
    }

    /** Runs on the transport thread before any frame is delivered. */
    private SocketListener opened(ChargePointSocket openedSocket) {
        socket = openedSocket;
        version = OcppVersion.fromSubprotocol(openedSocket.negotiatedSubprotocol()).orElse(fallbackVersion);
        return new Inbound();
    }

    /** Sends a CALL and waits up to {@link #DEFAULT_CALL_TIMEOUT} for the CALLRESULT payload. */
    public JsonNode call(String action, Object payload) {
        return call(action, payload, DEFAULT_CALL_TIMEOUT);
    }

    /**
     * Sends a CALL with a fresh message id and waits for its answer.
     *
     * @param payload a typed request record, a {@link JsonNode}, a map, or JSON text
     * @throws CallErrorException when the server answers with a CALLERROR
     * @throws CallTimeoutException (cause {@link TimeoutException}) when no answer arrives in time
     * @throws ConnectionLostException when the connection closes first
     */
    public JsonNode call(String action, Object payload, Duration timeout) {
        CompletableFuture<JsonNode> answer = callAsync(action, payload);
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw new CallTimeoutException(action, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            throw new IllegalStateException("interrupted while waiting for " + action, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sends a typed request and binds (and validates) the answer as {@code responseType}. */
    public <R> R call(String action, Object request, Class<R> responseType) {
        return OcppJson.mapper().read(call(action, request), responseType);
    }

    /**
     * Sends a CALL without waiting. The future fails with {@link CallErrorException} or
     * {@link ConnectionLostException}; it never times out by itself.
     */
    public CompletableFuture<JsonNode> callAsync(String action, Object payload) {
        String messageId = UUID.randomUUID().toString();
        PendingCall call = new PendingCall(action, new CompletableFuture<>());
        call.answer.whenComplete((result, error) -> pending.remove(messageId));
        pending.put(messageId, call);
        String text = OcppJson.codec().encode(version, new Call(messageId, action, OcppJson.toJson(payload)));
        send(text).whenComplete((sent, error) -> {
            if (error != null) {
                call.answer.completeExceptionally(new ConnectionLostException(action + " could not be sent: " + error));
            }
        });
        return call.answer;
    }

    /** Puts {@code text} on the wire as one text frame, exactly as given. */
    public void sendRaw(String text) {
        sendNow(text);
    }

    /** The next inbound text frame that no pending call claimed and that is not a server CALL; null on timeout. */
    public String nextFrame(Duration timeout) {
        return poll(unclaimedFrames, timeout);
    }

    /** The next CALL from the central system not handled by a responder; null on timeout. */
    public Call nextServerCall(Duration timeout) {
        return poll(serverCalls, timeout);
    }

    /**
     * The next server CALL, which must be {@code action}.
     *
     * @throws AssertionError when none arrives in time or it is another action
     */
    public Call expectServerCall(String action, Duration timeout) {
        Call call = nextServerCall(timeout);
        if (call == null) {
            throw new AssertionError("expected a " + action + " CALL from the server within " + timeout);
        }
        if (!call.action().equals(action)) {
            throw new AssertionError("expected a " + action + " CALL from the server but got " + call.action());
        }
        return call;
    }

    /** Answers a server CALL with a CALLRESULT. */
    public void respond(Call call, Object payload) {
        sendNow(OcppJson.codec().encode(version, new CallResult(call.messageId(), OcppJson.toJson(payload))));
    }

    /** Answers a server CALL with a CALLERROR; {@code code} is sent as given (e.g. "NotSupported"). */
    public void respondError(Call call, String code, String description) {
        Optional<ErrorCode> known = ErrorCode.fromWire(version, code)
                .filter(errorCode -> errorCode.wireName(version).equals(code));
        String text = known.isPresent()
                ? OcppJson.codec().encode(version, CallError.of(call.messageId(), known.get(), description))
                : OcppJson.callErrorText(call.messageId(), code, description);
        sendNow(text);
    }

    /**
     * Answers later server CALLs automatically with what {@code responder} returns (a payload), on a separate
     * thread so it may itself call the server. Returning null sends nothing (answer with {@link #respond}
     * later); throwing {@link CallErrorException} sends that error, anything else an InternalError. Calls
     * already queued stay queued. Null removes the responder.
     */
    public void onServerCall(Function<Call, Object> responder) {
        this.responder = responder;
    }

    public boolean isOpen() {
        ChargePointSocket current = socket;
        return current != null && current.isOpen();
    }

    /** How the connection ended; null while it is open. */
    public CloseReason closeReason() {
        return socket.closeReason();
    }

    /** Waits for the connection to end; returns how, or null if it is still open after {@code timeout}. */
    public CloseReason awaitClose(Duration timeout) {
        try {
            return socket.whenClosed().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The subprotocol the server selected, e.g. {@code ocpp1.6}; empty if none. */
    public String negotiatedSubprotocol() {
        return socket.negotiatedSubprotocol();
    }

    /** The OCPP version frames are encoded for (from the negotiated subprotocol). */
    public OcppVersion version() {
        return version;
    }

    /** Closes the connection normally (1000); pending calls fail with {@link ConnectionLostException}. */
    @Override
    public void close() {
        socket.close();
    }

    /** Closes with a chosen code and reason. */
    public void close(int code, String reason) {
        socket.close(code, reason);
    }

    private CompletableFuture<Void> send(String text) {
        return socket.send(text);
    }

    /** Sends and waits until written. */
    private void sendNow(String text) {
        try {
            send(text).join();
        } catch (CompletionException e) {
            throw new ConnectionLostException("could not send: " + e.getCause());
        }
    }

    private static <T> T poll(BlockingQueue<T> queue, Duration timeout) {
        try {
            return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void answerWithResponder(Function<Call, Object> current, Call call) {
        try {
            Object payload = current.apply(call);
            if (payload != null) {
                respond(call, payload);
            }
        } catch (CallErrorException e) {
            respondError(call, e.errorCode(), e.description());
        } catch (RuntimeException e) {
            respondError(call, ErrorCode.INTERNAL_ERROR.wireName(version), String.valueOf(e.getMessage()));
        }
    }

    private record PendingCall(String action, CompletableFuture<JsonNode> answer) {
    }

    /** Routes inbound frames; runs on transport threads, so it only hands work off. */
    private final class Inbound implements SocketListener {

        @Override
        public void onText(String text) {
            Decoded decoded = OcppJson.codec().decode(version, text);
            if (decoded instanceof Decoded.Ok ok) {
                if (ok.frame() instanceof Call call) {
                    Function<Call, Object> current = responder;
                    if (current != null) {
                        RESPONDERS.execute(() -> answerWithResponder(current, call));
                    } else {
                        serverCalls.add(call);
                    }
                    return;
                }
                PendingCall call = pending.get(ok.frame().messageId());
                if (call != null) {
                    if (ok.frame() instanceof CallResult result) {
                        call.answer.complete(result.payload());
                    } else {
                        CallError error = (CallError) ok.frame();
                        String code = Objects.requireNonNullElse(OcppJson.rawErrorCode(text),
                                error.code().wireName(version));
                        call.answer.completeExceptionally(
                                new CallErrorException(call.action, code, error.description(), error.details()));
                    }
                    return;
                }
            }
            unclaimedFrames.add(text);
        }

        @Override
        public void onClose(CloseReason reason) {
            ConnectionLostException lost = new ConnectionLostException(
                    "connection closed (" + reason.code() + " " + reason.reason() + ")");
            pending.values().forEach(call -> call.answer.completeExceptionally(lost));
        }
    }
}
