import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transport floor of the OCPP benchmark: a plain Vert.x WebSocket server on the epoll transport that parses
 * each frame with Jackson and answers the simulator's load mix with canned payloads, storing nothing. Its CPU per
 * message is what any JVM server pays for a WebSocket read, a JSON parse and a write on this machine, before any
 * validation, database or business work. Run by bench/transport-floor.sh with Wallbill's own libraries.
 */
public class TransportFloor {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int loops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ObjectMapper mapper = new ObjectMapper();
        AtomicLong transactions = new AtomicLong();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops).setPreferNativeTransport(true));
        HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                .setWebSocketSubProtocols(List.of("ocpp1.6", "ocpp2.0.1"))
                .setPerMessageWebSocketCompressionSupported(false).setTcpNoDelay(true).setAcceptBacklog(4096);
        for (int i = 0; i < loops; i++) {
            vertx.createHttpServer(options).webSocketHandler(socket -> {
                boolean v16 = "ocpp1.6".equals(socket.subProtocol());
                socket.textMessageHandler(text -> {
                    try {
                        JsonNode call = mapper.readTree(text);
                        String payload = switch (call.get(2).asText()) {
                            case "BootNotification" -> "{\"status\":\"Accepted\",\"currentTime\":\"" + Instant.now()
                                    + "\",\"interval\":10}";
                            case "Heartbeat" -> "{\"currentTime\":\"" + Instant.now() + "\"}";
                            case "Authorize" -> v16 ? "{\"idTagInfo\":{\"status\":\"Accepted\"}}"
                                    : "{\"idTokenInfo\":{\"status\":\"Accepted\"}}";
                            case "StartTransaction" -> "{\"transactionId\":" + transactions.incrementAndGet()
                                    + ",\"idTagInfo\":{\"status\":\"Accepted\"}}";
                            case "StopTransaction" -> "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
                            default -> "{}";
                        };
                        socket.writeTextMessage("[3," + mapper.writeValueAsString(call.get(1).asText()) + ","
                                + payload + "]");
                    } catch (Exception e) {
                        socket.close((short) 1002, "not OCPP-J");
                    }
                });
            }).listen().toCompletionStage().toCompletableFuture().join();
        }
        System.out.println("listening on " + port + " with " + loops + " event loop(s)");
    }
}
