package com.wallbill.simulator.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.transport.OcppJson;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/** Plausible CSMS answers for the actions a charger sends; unknown actions get an empty object. */
public final class FakeResponses implements BiFunction<FakeConnection, Call, JsonNode> {

    private final AtomicInteger transactionIds = new AtomicInteger(1000);
    private volatile String bootStatus = "Accepted";
    private volatile int interval = 300;

    public FakeResponses bootStatus(String status, int intervalSeconds) {
        this.bootStatus = status;
        this.interval = intervalSeconds;
        return this;
    }

    @Override
    public JsonNode apply(FakeConnection connection, Call call) {
        ObjectNode answer = OcppJson.objectMapper().createObjectNode();
        boolean v16 = connection.version() == OcppVersion.V16;
        switch (call.action()) {
            case "BootNotification" -> answer.put("status", bootStatus)
                    .put("currentTime", Instant.now().toString()).put("interval", interval);
            case "Heartbeat" -> answer.put("currentTime", Instant.now().toString());
            case "Authorize" -> answer.putObject(v16 ? "idTagInfo" : "idTokenInfo").put("status", "Accepted");
            case "StartTransaction" -> {
                answer.putObject("idTagInfo").put("status", "Accepted");
                answer.put("transactionId", transactionIds.incrementAndGet());
            }
            case "TransactionEvent" -> {
                if (call.payload().has("idToken")) {
                    answer.putObject("idTokenInfo").put("status", "Accepted");
                }
            }
            default -> {
                // StatusNotification, MeterValues, StopTransaction...: an empty answer is valid
            }
        }
        return answer;
    }
}
