package com.wallbill.central.ocpp;

import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.central.TestSupport.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A charger whose link died without a close (half-open TCP) answers no ping: the server must notice within the
 * configured time (3 s in tests) and show it offline.
 */
@QuarkusTest
class DeadConnectionTest {

    @TestHTTPResource("/")
    URI http;

    @Test
    void chargerThatAnswersNoPingIsShownOfflineAndDisconnected() throws Exception {
        String id = newId("mute");
        register(id, null);
        try (Socket socket = new Socket(http.getHost(), http.getPort())) {
            OutputStream out = socket.getOutputStream();
            String key = Base64.getEncoder().encodeToString("wallbill-dead-01".getBytes(StandardCharsets.US_ASCII));
            out.write(("GET /ocpp/" + id + " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: ocpp1.6\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = readLine(in);
            assertThat(status).contains("101");
            assertThat(online(id)).isTrue();

            // read nothing more, answer no ping: the server must give up on its own
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();
            boolean closedByServer = drainUntilClosed(in);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(closedByServer).isTrue();
            assertThat(seconds).isLessThan(9.0);
            assertThat(online(id)).isFalse();
        }
    }

    private static boolean online(String id) {
        return operator().get("/api/operator/charge-points/{id}", id).then().statusCode(200).extract().path("online");
    }

    /** Reads (and ignores) pings until the server closes the connection; false on timeout. */
    private static boolean drainUntilClosed(InputStream in) {
        try {
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // pings and finally the close frame; never a pong from us
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static String readLine(InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }
}
