package com.wallbill.simulator.charger;

import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v201.availability.ChangeAvailability;
import com.wallbill.ocpp.v201.availability.ChangeAvailabilityStatus;
import com.wallbill.ocpp.v201.availability.OperationalStatus;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.Variable;
import com.wallbill.ocpp.v201.provisioning.Attribute;
import com.wallbill.ocpp.v201.provisioning.GetVariableData;
import com.wallbill.ocpp.v201.provisioning.GetVariableResult;
import com.wallbill.ocpp.v201.provisioning.GetVariableStatus;
import com.wallbill.ocpp.v201.provisioning.GetVariables;
import com.wallbill.ocpp.v201.provisioning.Reset;
import com.wallbill.ocpp.v201.provisioning.ResetStatus;
import com.wallbill.ocpp.v201.provisioning.ResetType;
import com.wallbill.ocpp.v201.provisioning.SetVariableData;
import com.wallbill.ocpp.v201.provisioning.SetVariableResult;
import com.wallbill.ocpp.v201.provisioning.SetVariableStatus;
import com.wallbill.ocpp.v201.provisioning.SetVariables;
import com.wallbill.ocpp.v201.remotecontrol.RequestStartStopStatus;
import com.wallbill.ocpp.v201.remotecontrol.RequestStartTransaction;
import com.wallbill.ocpp.v201.remotecontrol.RequestStopTransaction;
import com.wallbill.ocpp.v201.remotecontrol.TriggerMessage;
import com.wallbill.ocpp.v201.remotecontrol.TriggerMessageStatus;
import com.wallbill.ocpp.v201.remotecontrol.UnlockConnector;
import com.wallbill.ocpp.v201.remotecontrol.UnlockStatus;
import com.wallbill.simulator.charger.ChargerControl.Triggerable;
import com.wallbill.simulator.model.StopReason;
import java.util.List;

/** OCPP 2.0.1 commands: request start/stop, reset, variables, trigger, availability, unlock. */
final class V201Commands extends ServerCommands {

    V201Commands() {
        super(OcppVersion.V201);
    }

    @Override
    Object answer(Object request, ChargerControl control, List<Runnable> followUps) {
        if (request instanceof RequestStartTransaction.Request start) {
            boolean evseOk = start.evseId() == null || start.evseId() == 1;
            if (!evseOk || !control.canStartSession()) {
                return new RequestStartTransaction.Response(RequestStartStopStatus.REJECTED, null, null);
            }
            followUps.add(() -> control.startRemotely(start.idToken().idToken(), start.remoteStartId()));
            return new RequestStartTransaction.Response(RequestStartStopStatus.ACCEPTED, null, null);
        }
        if (request instanceof RequestStopTransaction.Request stop) {
            if (!control.activeTransactionId().map(stop.transactionId()::equals).orElse(false)) {
                return new RequestStopTransaction.Response(RequestStartStopStatus.REJECTED, null);
            }
            followUps.add(() -> control.stopSession(StopReason.REMOTE));
            return new RequestStopTransaction.Response(RequestStartStopStatus.ACCEPTED, null);
        }
        if (request instanceof Reset.Request reset) {
            if (reset.evseId() != null) {
                return new Reset.Response(ResetStatus.REJECTED, null);
            }
            if (reset.type() == ResetType.ON_IDLE && control.activeTransactionId().isPresent()) {
                followUps.add(control::rebootWhenIdle);
                return new Reset.Response(ResetStatus.SCHEDULED, null);
            }
            followUps.add(() -> control.reboot(true));
            return new Reset.Response(ResetStatus.ACCEPTED, null);
        }
        if (request instanceof GetVariables.Request get) {
            return new GetVariables.Response(get.getVariableData().stream()
                    .map(data -> read(data, control.settings())).toList());
        }
        if (request instanceof SetVariables.Request set) {
            return new SetVariables.Response(set.setVariableData().stream()
                    .map(data -> write(data, control.settings())).toList());
        }
        if (request instanceof TriggerMessage.Request trigger) {
            return trigger(trigger, control, followUps);
        }
        if (request instanceof ChangeAvailability.Request change) {
            if (change.evse() != null && change.evse().id() > 1) {
                return new ChangeAvailability.Response(ChangeAvailabilityStatus.REJECTED, null);
            }
            boolean scheduled = control.setOperative(change.operationalStatus() == OperationalStatus.OPERATIVE);
            return new ChangeAvailability.Response(
                    scheduled ? ChangeAvailabilityStatus.SCHEDULED : ChangeAvailabilityStatus.ACCEPTED, null);
        }
        if (request instanceof UnlockConnector.Request unlock) {
            if (unlock.evseId() != 1 || unlock.connectorId() != 1) {
                return new UnlockConnector.Response(UnlockStatus.UNKNOWN_CONNECTOR, null);
            }
            UnlockStatus status = control.activeTransactionId().isPresent()
                    ? UnlockStatus.ONGOING_AUTHORIZED_TRANSACTION : UnlockStatus.UNLOCKED;
            return new UnlockConnector.Response(status, null);
        }
        return null;
    }

    private static GetVariableResult read(GetVariableData data, ChargerSettings settings) {
        GetVariableStatus status = status(data.component(), data.variable(), data.attributeType(), settings);
        String value = status == GetVariableStatus.ACCEPTED
                ? settings.value(key(data.component(), data.variable())).orElseThrow() : null;
        return new GetVariableResult(status, data.attributeType(), value, data.component(), data.variable(), null);
    }

    private static GetVariableStatus status(Component component, Variable variable, Attribute attribute,
                                            ChargerSettings settings) {
        if (!settings.hasComponent(component.name())) {
            return GetVariableStatus.UNKNOWN_COMPONENT;
        }
        if (settings.value(key(component, variable)).isEmpty()) {
            return GetVariableStatus.UNKNOWN_VARIABLE;
        }
        return attribute == null || attribute == Attribute.ACTUAL
                ? GetVariableStatus.ACCEPTED : GetVariableStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE;
    }

    private static SetVariableResult write(SetVariableData data, ChargerSettings settings) {
        SetVariableStatus status;
        if (data.attributeType() != null && data.attributeType() != Attribute.ACTUAL) {
            status = SetVariableStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE;
        } else {
            status = switch (settings.change(key(data.component(), data.variable()), data.attributeValue())) {
                case ACCEPTED -> SetVariableStatus.ACCEPTED;
                case REJECTED -> SetVariableStatus.REJECTED;
                case UNKNOWN_COMPONENT -> SetVariableStatus.UNKNOWN_COMPONENT;
                case UNKNOWN_KEY -> SetVariableStatus.UNKNOWN_VARIABLE;
            };
        }
        return new SetVariableResult(data.attributeType(), status, data.component(), data.variable(), null);
    }

    private static String key(Component component, Variable variable) {
        return component.name() + "." + variable.name();
    }

    private static TriggerMessage.Response trigger(TriggerMessage.Request trigger, ChargerControl control,
                                                   List<Runnable> followUps) {
        Triggerable message = switch (trigger.requestedMessage()) {
            case BOOT_NOTIFICATION -> Triggerable.BOOT_NOTIFICATION;
            case HEARTBEAT -> Triggerable.HEARTBEAT;
            case STATUS_NOTIFICATION -> Triggerable.STATUS_NOTIFICATION;
            case METER_VALUES -> Triggerable.METER_VALUES;
            case TRANSACTION_EVENT -> Triggerable.TRANSACTION_EVENT;
            case FIRMWARE_STATUS_NOTIFICATION -> Triggerable.FIRMWARE_STATUS;
            default -> null;
        };
        if (message == null) {
            return new TriggerMessage.Response(TriggerMessageStatus.NOT_IMPLEMENTED, null);
        }
        boolean evseOk = trigger.evse() == null || trigger.evse().id() == 1;
        if (!evseOk || !control.canSend(message)) {
            return new TriggerMessage.Response(TriggerMessageStatus.REJECTED, null);
        }
        followUps.add(() -> control.send(message));
        return new TriggerMessage.Response(TriggerMessageStatus.ACCEPTED, null);
    }
}
