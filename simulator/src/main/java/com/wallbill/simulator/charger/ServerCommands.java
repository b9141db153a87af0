package com.wallbill.simulator.charger;

import com.wallbill.ocpp.dispatch.ActionDefinition;
import com.wallbill.ocpp.dispatch.ActionRegistry;
import com.wallbill.ocpp.dispatch.Direction;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.OcppCallException;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.transport.OcppJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the central system's CALLs on a simulated charger. Actions this version does not define as
 * CSMS-to-charger get NotImplemented, defined ones without a handler NotSupported, payloads that break the
 * schema the validator's error; everything else goes to the version's handler, which returns the response
 * record and may queue follow-ups to run once the answer is on the wire.
 */
abstract class ServerCommands {

    /** The answer to send and what to do after sending it. */
    record Reply(Frame answer, List<Runnable> followUps) {
    }

    private final ActionRegistry registry;

    ServerCommands(OcppVersion version) {
        this.registry = ActionRegistry.of(version);
    }

    static ServerCommands of(OcppVersion version) {
        return version == OcppVersion.V16 ? new V16Commands() : new V201Commands();
    }

    final Reply handle(Call call, ChargerControl control) {
        List<Runnable> followUps = new ArrayList<>();
        ActionDefinition<?, ?> definition = registry.find(call.action())
                .filter(found -> found.direction() == Direction.FROM_CSMS)
                .orElse(null);
        if (definition == null) {
            return error(call, ErrorCode.NOT_IMPLEMENTED, "Unknown action");
        }
        try {
            Object request = OcppJson.mapper().read(call.payload(), definition.requestType());
            Object response = answer(request, control, followUps);
            if (response == null) {
                return error(call, ErrorCode.NOT_SUPPORTED, call.action() + " is not supported by this charger");
            }
            return new Reply(new CallResult(call.messageId(), OcppJson.mapper().write(response)), followUps);
        } catch (OcppValidationException e) {
            return error(call, e.code(), e.getMessage());
        } catch (OcppCallException e) {
            return error(call, e.code(), e.getMessage());
        }
    }

    /** The response record for a validated request, or null if the action is not supported. */
    abstract Object answer(Object request, ChargerControl control, List<Runnable> followUps);

    private static Reply error(Call call, ErrorCode code, String description) {
        return new Reply(CallError.of(call.messageId(), code, description), List.of());
    }
}
