package com.wallbill.central.ocpp;

import com.wallbill.central.config.WallbillConfig;
import com.wallbill.central.config.WallbillConfig.UnknownChargePointPolicy;
import com.wallbill.central.ocpp.ChargePointConnection.BootState;
import com.wallbill.central.ocpp.ChargePointRecord.BootPolicy;
import com.wallbill.ocpp.rpc.OcppVersion;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The OCPP-J endpoint {@code /ocpp/{chargePointId}}, served on Quarkus's own Vert.x HTTP server (a route upgraded
 * to a plain Vert.x WebSocket keeps per-connection memory low). The handshake identifies and authenticates the
 * charger; {@link OcppSession} handles its frames.
 */
@ApplicationScoped
public class OcppEndpoint {

    private static final Logger LOG = Logger.getLogger(OcppEndpoint.class);
    /** OCPP 2.0.1 Part 4 3.1.1: at most 48 characters, no colon. */
    private static final int MAX_ID_LENGTH = 48;

    private final ConnectionRegistry registry;
    private final ChargePointDirectory directory;
    private final OcppSession session;
    private final WallbillConfig config;
    private final Vertx vertx;

    public OcppEndpoint(ConnectionRegistry registry, ChargePointDirectory directory, OcppSession session,
            WallbillConfig config, Vertx vertx) {
        this.registry = registry;
        this.directory = directory;
        this.session = session;
        this.config = config;
        this.vertx = vertx;
    }

    void route(@Observes Router router) {
        router.routeWithRegex("^/ocpp/.+$").handler(this::handshake);
    }

    void startLivenessChecks(@Observes StartupEvent start) {
        long deadAfter = config.ocpp().deadConnectionTimeout().toNanos();
        long pingEvery = Math.max(1_000, config.ocpp().deadConnectionTimeout().toMillis() / 3);
        vertx.setPeriodic(pingEvery, tick -> checkLiveness(deadAfter, pingEvery * 1_000_000L));
    }

    private void handshake(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String upgrade = request.getHeader("Upgrade");
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            rc.response().setStatusCode(400).end("OCPP-J needs a WebSocket upgrade");
            return;
        }
        String id;
        try {
            id = chargePointId(request.path());
        } catch (IllegalArgumentException e) {
            rc.response().setStatusCode(400).end(e.getMessage());
            return;
        }
        request.pause();
        lookUp(id)
                .compose(record -> authenticate(request, record))
                .onSuccess(admitted -> upgrade(request, admitted))
                .onFailure(failure -> refuse(rc, id, failure));
    }

    private Future<ChargePointRecord> lookUp(String id) {
        return directory.find(id).compose(found -> {
            if (found.isPresent()) {
                return Future.succeededFuture(found.get());
            }
            if (config.unknownChargePointPolicy() == UnknownChargePointPolicy.ACCEPT) {
                LOG.infof("Registering unknown charge point %s (unknown-charge-points=accept)", id);
                return directory.autoRegister(id);
            }
            return Future.failedFuture(new HandshakeRefused(404, "Unknown charge point"));
        });
    }

    private record Admitted(ChargePointRecord record, boolean authenticated) {
    }

    private Future<Admitted> authenticate(HttpServerRequest request, ChargePointRecord record) {
        Optional<String[]> credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials.isPresent() && !credentials.get()[0].equals(record.id())) {
            // OCPP security: the Basic user name must be the charge point id of the URL.
            return Future.failedFuture(new HandshakeRefused(401, "User name does not match the charge point id"));
        }
        Future<Boolean> authenticated;
        if (record.hasPassword()) {
            if (credentials.isEmpty()) {
                return Future.failedFuture(new HandshakeRefused(401, "Credentials required"));
            }
            authenticated = directory.verifyPassword(record, credentials.get()[1]).compose(ok -> ok
                    ? Future.succeededFuture(true)
                    : Future.failedFuture(new HandshakeRefused(401, "Bad credentials")));
        } else {
            authenticated = Future.succeededFuture(false);
        }
        return authenticated.compose(auth -> {
            Optional<ChargePointConnection> live = registry.find(record.id());
            if (live.isPresent() && !auth) {
                // Only a connection that proved its identity may take over a live one (session shadowing).
                return Future.failedFuture(new HandshakeRefused(409, "Charge point already connected"));
            }
            return Future.succeededFuture(new Admitted(record, auth));
        });
    }

    private void upgrade(HttpServerRequest request, Admitted admitted) {
        request.toWebSocket()
                .onSuccess(socket -> open(socket, admitted))
                .onFailure(failure -> LOG.debugf("WebSocket upgrade of %s failed: %s", admitted.record().id(),
                        failure.getMessage()));
    }

    private void open(ServerWebSocket socket, Admitted admitted) {
        Optional<OcppVersion> version = Optional.ofNullable(socket.subProtocol()).flatMap(OcppVersion::fromSubprotocol);
        if (version.isEmpty()) {
            // OCPP-J 3.2: no common subprotocol, so the handshake completed without one; close at once.
            socket.close((short) 1002, "Subprotocol must be ocpp1.6 or ocpp2.0.1");
            return;
        }
        ChargePointRecord record = admitted.record();
        BootState state = record.bootAccepted() && record.bootPolicy() == BootPolicy.ACCEPTED
                ? BootState.ACCEPTED : BootState.NOT_BOOTED;
        ChargePointConnection connection = new ChargePointConnection(record.id(), version.get(), socket,
                admitted.authenticated(), state, session::outboundCalls);
        registry.register(connection).ifPresent(replaced -> {
            LOG.infof("Charge point %s reconnected; closing its previous connection", record.id());
            session.closed(replaced);
            replaced.socket().close((short) 1008, "Replaced by a new connection");
        });
        session.attach(connection);
        LOG.debugf("Charge point %s connected with %s", record.id(), version.get().subprotocol());
    }

    private void refuse(RoutingContext rc, String id, Throwable failure) {
        int status = failure instanceof HandshakeRefused refused ? refused.status() : 503;
        if (status == 503) {
            LOG.warnf(failure, "Handshake of %s failed", id);
        } else {
            LOG.infof("Handshake of %s refused: %d %s", id, status, failure.getMessage());
        }
        if (rc.response().ended()) {
            return;
        }
        if (status == 401) {
            rc.response().putHeader("WWW-Authenticate", "Basic realm=\"wallbill-ocpp\"");
        }
        rc.response().setStatusCode(status).end(status == 503 ? "Try again later" : failure.getMessage());
    }

    private void checkLiveness(long deadAfterNanos, long pingAfterNanos) {
        long now = System.nanoTime();
        for (ChargePointConnection connection : registry.all()) {
            long idle = now - connection.lastActivityNanos();
            if (idle > deadAfterNanos) {
                LOG.infof("Charge point %s answered no ping; closing the connection", connection.chargePointId());
                session.closed(connection);
                connection.socket().close((short) 1001, "No pong");
            } else if (idle > pingAfterNanos) {
                connection.socket().writePing(io.vertx.core.buffer.Buffer.buffer("wb"));
            }
        }
    }

    static String chargePointId(String path) {
        String raw = path.substring(path.lastIndexOf('/') + 1);
        // Percent-decoding only: a "+" in a path segment is a plus sign, not a space.
        String id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || id.indexOf(':') >= 0) {
            throw new IllegalArgumentException("Charge point id must be 1 to 48 characters without ':'");
        }
        return id;
    }

    static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
