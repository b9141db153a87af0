package com.wallbill.central.operator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.wallbill.central.ocpp.ChargePointConnection;
import com.wallbill.central.ocpp.ChargePointConnection.BootState;
import com.wallbill.central.ocpp.ConnectionRegistry;
import com.wallbill.central.ocpp.OcppDispatchers;
import com.wallbill.ocpp.dispatch.ActionDefinition;
import com.wallbill.ocpp.dispatch.ActionRegistry;
import com.wallbill.ocpp.dispatch.CallOutcome;
import com.wallbill.ocpp.dispatch.Direction;
import com.wallbill.ocpp.rpc.OcppValidationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Sends a command to a connected charger and returns its answer. One command is in flight per charger; others
 * wait in its queue. Nothing is sent before the charger's BootNotification was answered.
 */
@Path(OperatorPaths.ROOT + "/charge-points/{id}/commands/{action}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommandResource {

    /** Configuration may be read and written while a charger is Pending (OCPP 2.0.1 B02, 1.6J 6.2.2). */
    private static final Set<String> ALLOWED_WHILE_PENDING = Set.of("GetConfiguration", "ChangeConfiguration",
            "GetVariables", "SetVariables", "TriggerMessage");

    /** The charger's answer: a CALLRESULT payload or a CALLERROR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommandResult(String outcome, JsonNode payload, String errorCode, String description,
            JsonNode details, String responseViolation) {
    }

    private final ConnectionRegistry registry;
    private final OcppDispatchers dispatchers;

    public CommandResource(ConnectionRegistry registry, OcppDispatchers dispatchers) {
        this.registry = registry;
        this.dispatchers = dispatchers;
    }

    @POST
    public CompletionStage<Response> send(@PathParam("id") String id, @PathParam("action") String action,
            JsonNode body) {
        ChargePointConnection connection = registry.find(id).orElseThrow(
                () -> new Problem.Failure(409, "Conflict", "Charge point " + id + " is not connected"));
        ActionDefinition<?, ?> definition = ActionRegistry.of(connection.version()).find(action)
                .filter(d -> d.direction() == Direction.FROM_CSMS)
                .orElseThrow(() -> new Problem.Failure(404, "Not Found", action + " is not a command of "
                        + connection.version().subprotocol()));
        BootState state = connection.bootState();
        if (state != BootState.ACCEPTED && !(state == BootState.PENDING && ALLOWED_WHILE_PENDING.contains(action))) {
            throw new Problem.Failure(409, "Conflict", "Charge point " + id + " is " + state
                    + "; commands are sent only after its BootNotification was accepted");
        }
        JsonNode payload = body == null ? JsonNodeFactory.instance.objectNode() : body;
        try {
            dispatchers.mapper().read(payload, definition.requestType());
        } catch (OcppValidationException e) {
            throw new Problem.Failure(400, "Bad Request", e.getMessage());
        }
        return connection.call(action, payload).thenApply(outcome -> respond(outcome, definition));
    }

    private Response respond(CallOutcome outcome, ActionDefinition<?, ?> definition) {
        if (outcome instanceof CallOutcome.Answered answered) {
            String violation = null;
            try {
                dispatchers.mapper().read(answered.payload(), definition.responseType());
            } catch (OcppValidationException e) {
                violation = e.getMessage();
            }
            return Response.ok(new CommandResult("Answered", answered.payload(), null, null, null, violation))
                    .build();
        }
        if (outcome instanceof CallOutcome.Errored errored) {
            return Response.ok(new CommandResult("Errored", null, errored.errorCode(), errored.description(),
                    errored.details(), null)).build();
        }
        if (outcome instanceof CallOutcome.TimedOut timedOut) {
            return Problem.response(504, "Gateway Timeout", "No answer from the charge point within "
                    + timedOut.after().toSeconds() + " s");
        }
        return Problem.response(503, "Service Unavailable", "The charge point disconnected before answering");
    }
}
