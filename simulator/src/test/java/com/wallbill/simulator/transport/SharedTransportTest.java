package com.wallbill.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.simulator.CloseReason;
import com.wallbill.simulator.fake.FakeCentralSystem;
import com.wallbill.simulator.fake.FakeConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedTransportTest {

    @Test
    void framesAreHandledOnTheSelectorThreadInsteadOfBeingHandedToAWorkerPool() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            CompletableFuture<String> receivedOn = new CompletableFuture<>();
            ChargePointSocket socket = ChargePointSocket.connect(csms.endpoint().resolve("ocpp/CP-THREAD"),
                    List.of("ocpp1.6"), null, opened -> new SocketListener() {
                        @Override
                        public void onText(String text) {
                            receivedOn.complete(Thread.currentThread().getName());
                        }

                        @Override
                        public void onClose(CloseReason reason) {
                        }
                    });
            try {
                assertThat(SharedTransport.installed()).isTrue();
                FakeConnection server = awaitConnection(csms, "CP-THREAD");
                server.sendText("[2,\"1\",\"Heartbeat\",{}]");

                assertThat(receivedOn.get(5, TimeUnit.SECONDS)).contains("SelectorRunner");
            } finally {
                socket.close();
            }
        }
    }

    private static FakeConnection awaitConnection(FakeCentralSystem csms, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            var connection = csms.connection(id);
            if (connection.isPresent()) {
                return connection.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError(id + " did not connect");
    }
}
