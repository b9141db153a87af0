package com.wallbill.simulator.transport;

import com.wallbill.simulator.CloseReason;
import com.wallbill.simulator.HandshakeFailedException;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One charge point's WebSocket connection to the central system: text frames out, text frames in.
 * Knows nothing of OCPP beyond the subprotocol offered in the handshake. Thread-safe.
 */
public final class ChargePointSocket {

    private static final String HANDSHAKE_EXCEPTION = "org.glassfish.tyrus.core.HandshakeException";
    private static final String AUTHENTICATION_EXCEPTION = "org.glassfish.tyrus.client.auth.AuthenticationException";
    private static final Pattern STATUS_IN_MESSAGE = Pattern.compile("\\b([1-5]\\d\\d)\\b");

    private final Function<ChargePointSocket, SocketListener> listenerFactory;
    private volatile SocketListener listener;
    private final AtomicReference<CloseReason> closeReason = new AtomicReference<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private volatile Session session;

    private ChargePointSocket(Function<ChargePointSocket, SocketListener> listenerFactory) {
        this.listenerFactory = listenerFactory;
    }

    /**
     * Opens the connection; returns once the upgrade succeeded.
     *
     * @param subprotocols offered in this order in {@code Sec-WebSocket-Protocol}
     * @param authorization the {@code Authorization} header value, or null to send none
     * @param onOpen called once the upgrade succeeded, before any frame is delivered; returns the listener that
     *     receives the frames (so it can already read {@link #negotiatedSubprotocol()})
     * @throws HandshakeFailedException when the server refused the upgrade or could not be reached
     */
    public static ChargePointSocket connect(URI uri, List<String> subprotocols, String authorization,
                                            Function<ChargePointSocket, SocketListener> onOpen) {
        Objects.requireNonNull(uri, "uri");
        ChargePointSocket socket = new ChargePointSocket(Objects.requireNonNull(onOpen, "onOpen"));
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .preferredSubprotocols(List.copyOf(subprotocols))
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                        if (authorization != null) {
                            headers.put("Authorization", List.of(authorization));
                        }
                    }
                })
                .build();
        try {
            socket.session = WebSocketClients.connect(socket.new Adapter(), config, escapedForTyrus(uri));
        } catch (DeploymentException | IOException | RuntimeException e) {
            throw new HandshakeFailedException(statusOf(e), "WebSocket upgrade to " + uri + " failed: "
                    + rootMessage(e), e);
        }
        return socket;
    }

    /**
     * Tyrus writes the request line from the <em>decoded</em> path, so {@code /ocpp/CP%201} would go out as
     * {@code /ocpp/CP 1} and break the request line. Escaping each {@code %} once more makes the decoded path
     * equal the intended raw one.
     */
    static URI escapedForTyrus(URI uri) {
        String rawPath = uri.getRawPath();
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return uri;
        }
        String text = uri.toString();
        int pathStart = text.indexOf(rawPath, uri.getScheme().length() + 3);
        return URI.create(text.substring(0, pathStart) + rawPath.replace("%", "%25")
                + text.substring(pathStart + rawPath.length()));
    }

    /** Queues a text frame; the future fails if the frame could not be written. */
    public CompletableFuture<Void> send(String text) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Session current = session;
        if (current == null || !current.isOpen()) {
            written.completeExceptionally(new IOException("connection is closed"));
            return written;
        }
        try {
            current.getAsyncRemote().sendText(text, result -> {
                if (result.isOK()) {
                    written.complete(null);
                } else {
                    written.completeExceptionally(result.getException());
                }
            });
        } catch (RuntimeException e) {
            written.completeExceptionally(e);
        }
        return written;
    }

    public boolean isOpen() {
        Session current = session;
        return current != null && current.isOpen() && closeReason.get() == null;
    }

    /** The subprotocol the server selected; empty if it selected none. */
    public String negotiatedSubprotocol() {
        String negotiated = session.getNegotiatedSubprotocol();
        return negotiated == null ? "" : negotiated;
    }

    /** Null while the connection is open. */
    public CloseReason closeReason() {
        return closeReason.get();
    }

    /** Completes with the close reason once the connection is gone. */
    public CompletableFuture<CloseReason> whenClosed() {
        return closed;
    }

    /** Closes normally (1000). */
    public void close() {
        close(CloseReason.NORMAL, "");
    }

    public void close(int code, String reason) {
        Session current = session;
        if (current == null) {
            return;
        }
        try {
            current.close(new jakarta.websocket.CloseReason(
                    jakarta.websocket.CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | RuntimeException e) {
            closedWith(new CloseReason(CloseReason.ABNORMAL, "close failed: " + e.getMessage()));
        }
    }

    private void closedWith(CloseReason reason) {
        if (closeReason.compareAndSet(null, reason)) {
            closed.complete(reason);
            SocketListener current = listener;
            if (current != null) {
                current.onClose(reason);
            }
        }
    }

    /**
     * Tyrus reports a refused upgrade through several exception types; find the HTTP status if any. Types are
     * matched by name, not {@code instanceof}: under Quarkus tests Tyrus may be loaded by another class loader
     * than this class's, and then {@code instanceof} fails for the very same exception.
     */
    static int statusOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(AUTHENTICATION_EXCEPTION)) {
                return 401;
            }
            int status = declaredStatus(t);
            if (status > 0) {
                return status;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Response code")) {
                // "Response code was not 101: 404." -- the last three-digit number is the status
                Matcher matcher = STATUS_IN_MESSAGE.matcher(message.substring(message.indexOf("Response code")));
                int status = -1;
                while (matcher.find()) {
                    status = Integer.parseInt(matcher.group(1));
                }
                if (status > 0) {
                    return status;
                }
            }
        }
        return HandshakeFailedException.UNKNOWN_STATUS;
    }

    /** {@code HandshakeException.getHttpStatusCode()} if {@code t} is one (or a subclass), else -1. */
    private static int declaredStatus(Throwable t) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(HANDSHAKE_EXCEPTION)) {
                try {
                    Object status = type.getMethod("getHttpStatusCode").invoke(t);
                    return status instanceof Integer code ? code : -1;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? String.valueOf(error.getMessage())
                : error.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** The Tyrus endpoint; one per connection. */
    private final class Adapter extends Endpoint {

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            session = opened;
            SocketListener created = listenerFactory.apply(ChargePointSocket.this);
            listener = created;
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) created::onText);
        }

        @Override
        public void onClose(Session closedSession, jakarta.websocket.CloseReason reason) {
            closedWith(new CloseReason(reason.getCloseCode().getCode(), reason.getReasonPhrase()));
        }

        @Override
        public void onError(Session errored, Throwable error) {
            if (!errored.isOpen()) {
                closedWith(new CloseReason(CloseReason.ABNORMAL, String.valueOf(error.getMessage())));
            }
        }
    }
}
