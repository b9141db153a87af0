package com.wallbill.simulator.transport;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.auth.AuthConfig;

/**
 * The Tyrus client shared by every simulated connection of the process; its Grizzly transport is shared between
 * all connections too (thousands of chargers must not mean thousands of selector threads), see
 * {@link SharedTransport}.
 */
public final class WebSocketClients {

    /** Handshakes slower than this fail; generous because storms queue handshakes on the server. */
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 30_000;

    private static final ClientManager CLIENT = createClient();

    private WebSocketClients() {
    }

    /** Opens a connection (blocks until the upgrade is done) on the shared client and transport. */
    static Session connect(Endpoint endpoint, ClientEndpointConfig config, URI uri)
            throws DeploymentException, IOException {
        SharedTransport.install();
        return CLIENT.connectToServer(endpoint, config, uri);
    }

    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static ClientManager createClient() {
        // Tyrus looks its container up through the context class loader; under a framework with its own class
        // loaders (a Quarkus test, for one) that must be the loader Tyrus itself came from.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClientManager client;
        try {
            thread.setContextClassLoader(ClientManager.class.getClassLoader());
            client = ClientManager.createClient();
        } finally {
            thread.setContextClassLoader(previous);
        }
        client.getProperties().put(ClientProperties.SHARED_CONTAINER, true);
        client.getProperties().put(ClientProperties.SHARED_CONTAINER_IDLE_TIMEOUT, 5);
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, HANDSHAKE_TIMEOUT_MILLIS);
        // Chargers keep their connections however quiet they are. Negative, not zero: for zero Tyrus still
        // schedules an (empty) idle check with no delay on every frame sent or received, a thread wake-up each.
        client.setDefaultMaxSessionIdleTimeout(-1);
        // Chargers send their Authorization header up front. Tyrus's own answer to a 401 (retry with an
        // authenticator) keeps its state in a shared enum constant and fails under concurrent handshakes, so it
        // is switched off: a 401 fails the handshake at once.
        client.getProperties().put(ClientProperties.AUTH_CONFIG,
                AuthConfig.Builder.create().disableProvidedBasicAuth().disableProvidedDigestAuth().build());
        return client;
    }
}
