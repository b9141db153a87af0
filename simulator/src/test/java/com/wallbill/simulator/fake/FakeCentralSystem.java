package com.wallbill.simulator.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.OcppVersion;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A tiny OCPP central system for tests, on a plain {@link ServerSocket} (one thread per connection). It checks
 * Basic credentials when given a password table, picks the first supported subprotocol the charger offers,
 * answers CALLs through {@link FakeResponses} (replaceable) and records everything it received.
 */
public final class FakeCentralSystem implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, String> passwords;
    private final List<FakeConnection> connections = new CopyOnWriteArrayList<>();
    private final Map<String, FakeConnection> byChargePoint = new ConcurrentHashMap<>();
    private volatile BiFunction<FakeConnection, Call, JsonNode> responses = new FakeResponses();
    private final Thread acceptor;

    private FakeCentralSystem(Map<String, String> passwords) throws IOException {
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.passwords = passwords;
        this.acceptor = new Thread(this::acceptLoop, "fake-csms-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts any charger without credentials. */
    public static FakeCentralSystem start() throws IOException {
        return new FakeCentralSystem(null);
    }

    /** Accepts only the chargers in {@code passwords}, with Basic credentials id:password. */
    public static FakeCentralSystem withPasswords(Map<String, String> passwords) throws IOException {
        return new FakeCentralSystem(Map.copyOf(passwords));
    }

    /** {@code ws://127.0.0.1:port/ocpp}. */
    public URI endpoint() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ocpp");
    }

    /** Replaces how CALLs are answered; a null return sends nothing. */
    public void answerWith(BiFunction<FakeConnection, Call, JsonNode> responses) {
        this.responses = responses;
    }

    public List<FakeConnection> connections() {
        return List.copyOf(connections);
    }

    /** The latest connection of a charger, if it connected. */
    public Optional<FakeConnection> connection(String chargePointId) {
        return Optional.ofNullable(byChargePoint.get(chargePointId));
    }

    /** Every CALL received from all chargers, in arrival order per charger. */
    public List<Call> receivedCalls() {
        List<Call> all = new ArrayList<>();
        connections.forEach(connection -> all.addAll(connection.received()));
        return all;
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.forEach(FakeConnection::drop);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> serve(socket), "fake-csms-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            WebSocketWire.UpgradeRequest request = WebSocketWire.readUpgrade(in);
            if (!request.path().startsWith("/ocpp/")) {
                WebSocketWire.writeRefusal(out, 404, "Not Found");
                return;
            }
            String id = URLDecoder.decode(request.path().substring("/ocpp/".length()), StandardCharsets.UTF_8);
            if (passwords != null && !passwords.containsKey(id)) {
                WebSocketWire.writeRefusal(out, 404, "Not Found");
                return;
            }
            if (passwords != null && !authorized(id, request.header("Authorization"))) {
                WebSocketWire.writeRefusal(out, 401, "Unauthorized");
                return;
            }
            Optional<OcppVersion> version = chooseVersion(request.header("Sec-WebSocket-Protocol"));
            if (version.isEmpty()) {
                WebSocketWire.writeRefusal(out, 400, "Bad Request");
                return;
            }
            FakeConnection connection = new FakeConnection(id, version.get(), socket, out,
                    (conn, call) -> responses.apply(conn, call));
            // registered before the 101 goes out, so a test sees it as soon as the charger's connect returns
            connections.add(connection);
            byChargePoint.put(id, connection);
            WebSocketWire.writeSwitchingProtocols(out, request.header("Sec-WebSocket-Key"),
                    version.get().subprotocol());
            connection.readLoop(in);
        } catch (IOException e) {
            // connection gone; nothing to report in a fake
        }
    }

    private boolean authorized(String id, String header) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((id + ":" + passwords.get(id)).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private static Optional<OcppVersion> chooseVersion(String offered) {
        if (offered == null) {
            return Optional.empty();
        }
        return Arrays.stream(offered.split(","))
                .map(String::trim)
                .map(token -> OcppVersion.fromSubprotocol(token).filter(v -> v.subprotocol().equals(token)))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
