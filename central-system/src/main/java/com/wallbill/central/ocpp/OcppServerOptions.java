package com.wallbill.central.ocpp;

import com.wallbill.central.config.WallbillConfig;
import com.wallbill.ocpp.rpc.OcppVersion;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** WebSocket settings of the HTTP server that also serves the OCPP endpoint. */
@ApplicationScoped
public class OcppServerOptions implements HttpServerOptionsCustomizer {

    private static final int CLOSING_TIMEOUT_SECONDS = 2;

    private final WallbillConfig config;

    public OcppServerOptions(WallbillConfig config) {
        this.config = config;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        apply(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        apply(options);
    }

    private void apply(HttpServerOptions options) {
        options.setWebSocketSubProtocols(Arrays.stream(OcppVersion.values()).map(OcppVersion::subprotocol).toList());
        // Compression would cost per-connection deflate state for a few hundred bytes per message.
        options.setPerMessageWebSocketCompressionSupported(false);
        options.setPerFrameWebSocketCompressionSupported(false);
        options.setMaxWebSocketFrameSize(config.ocpp().maxFrameSize());
        options.setMaxWebSocketMessageSize(config.ocpp().maxFrameSize());
        // A dead charger never answers our close frame: drop its TCP connection soon rather than after 10 s.
        options.setWebSocketClosingTimeout(CLOSING_TIMEOUT_SECONDS);
    }
}
