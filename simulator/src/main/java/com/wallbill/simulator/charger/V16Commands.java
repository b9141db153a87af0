package com.wallbill.simulator.charger;

import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v16.core.AvailabilityStatus;
import com.wallbill.ocpp.v16.core.AvailabilityType;
import com.wallbill.ocpp.v16.core.ChangeAvailability;
import com.wallbill.ocpp.v16.core.ChangeConfiguration;
import com.wallbill.ocpp.v16.core.ConfigurationStatus;
import com.wallbill.ocpp.v16.core.GetConfiguration;
import com.wallbill.ocpp.v16.core.KeyValue;
import com.wallbill.ocpp.v16.core.RemoteStartStopStatus;
import com.wallbill.ocpp.v16.core.RemoteStartTransaction;
import com.wallbill.ocpp.v16.core.RemoteStopTransaction;
import com.wallbill.ocpp.v16.core.Reset;
import com.wallbill.ocpp.v16.core.ResetStatus;
import com.wallbill.ocpp.v16.core.ResetType;
import com.wallbill.ocpp.v16.core.UnlockConnector;
import com.wallbill.ocpp.v16.core.UnlockStatus;
import com.wallbill.ocpp.v16.remotetrigger.TriggerMessage;
import com.wallbill.ocpp.v16.remotetrigger.TriggerMessageStatus;
import com.wallbill.simulator.charger.ChargerControl.Triggerable;
import com.wallbill.simulator.model.StopReason;
import java.util.ArrayList;
import java.util.List;

/** OCPP 1.6 commands: remote start/stop, reset, configuration, trigger, availability, unlock. */
final class V16Commands extends ServerCommands {

    V16Commands() {
        super(OcppVersion.V16);
    }

    @Override
    Object answer(Object request, ChargerControl control, List<Runnable> followUps) {
        if (request instanceof RemoteStartTransaction.Request start) {
            boolean connectorOk = start.connectorId() == null || start.connectorId() == 1;
            if (!connectorOk || !control.canStartSession()) {
                return new RemoteStartTransaction.Response(RemoteStartStopStatus.REJECTED);
            }
            followUps.add(() -> control.startRemotely(start.idTag(), null));
            return new RemoteStartTransaction.Response(RemoteStartStopStatus.ACCEPTED);
        }
        if (request instanceof RemoteStopTransaction.Request stop) {
            String wanted = Integer.toString(stop.transactionId());
            if (!control.activeTransactionId().map(wanted::equals).orElse(false)) {
                return new RemoteStopTransaction.Response(RemoteStartStopStatus.REJECTED);
            }
            followUps.add(() -> control.stopSession(StopReason.REMOTE));
            return new RemoteStopTransaction.Response(RemoteStartStopStatus.ACCEPTED);
        }
        if (request instanceof Reset.Request reset) {
            followUps.add(() -> control.reboot(reset.type() == ResetType.HARD));
            return new Reset.Response(ResetStatus.ACCEPTED);
        }
        if (request instanceof GetConfiguration.Request get) {
            return configuration(get, control.settings());
        }
        if (request instanceof ChangeConfiguration.Request change) {
            ConfigurationStatus status = switch (control.settings().change(change.key(), change.value())) {
                case ACCEPTED -> ConfigurationStatus.ACCEPTED;
                case REJECTED -> ConfigurationStatus.REJECTED;
                case UNKNOWN_COMPONENT, UNKNOWN_KEY -> ConfigurationStatus.NOT_SUPPORTED;
            };
            return new ChangeConfiguration.Response(status);
        }
        if (request instanceof TriggerMessage.Request trigger) {
            return trigger(trigger, control, followUps);
        }
        if (request instanceof ChangeAvailability.Request change) {
            if (change.connectorId() > 1) {
                return new ChangeAvailability.Response(AvailabilityStatus.REJECTED);
            }
            boolean scheduled = control.setOperative(change.type() == AvailabilityType.OPERATIVE);
            return new ChangeAvailability.Response(scheduled ? AvailabilityStatus.SCHEDULED : AvailabilityStatus.ACCEPTED);
        }
        if (request instanceof UnlockConnector.Request unlock) {
            if (unlock.connectorId() != 1) {
                return new UnlockConnector.Response(UnlockStatus.NOT_SUPPORTED);
            }
            // unlocking during a transaction ends it, as the 1.6 spec asks
            if (control.activeTransactionId().isPresent()) {
                followUps.add(() -> control.stopSession(StopReason.UNLOCK_COMMAND));
            }
            return new UnlockConnector.Response(UnlockStatus.UNLOCKED);
        }
        return null;
    }

    private static GetConfiguration.Response configuration(GetConfiguration.Request get, ChargerSettings settings) {
        List<String> wanted = get.key() == null || get.key().isEmpty() ? List.copyOf(settings.keys()) : get.key();
        List<KeyValue> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : wanted) {
            settings.value(key).ifPresentOrElse(
                    value -> known.add(new KeyValue(key, settings.isReadonly(key), value)),
                    () -> unknown.add(key));
        }
        return new GetConfiguration.Response(known, unknown.isEmpty() ? null : unknown);
    }

    private static TriggerMessage.Response trigger(TriggerMessage.Request trigger, ChargerControl control,
                                                   List<Runnable> followUps) {
        Triggerable message = switch (trigger.requestedMessage()) {
            case BOOT_NOTIFICATION -> Triggerable.BOOT_NOTIFICATION;
            case DIAGNOSTICS_STATUS_NOTIFICATION -> Triggerable.DIAGNOSTICS_STATUS;
            case FIRMWARE_STATUS_NOTIFICATION -> Triggerable.FIRMWARE_STATUS;
            case HEARTBEAT -> Triggerable.HEARTBEAT;
            case METER_VALUES -> Triggerable.METER_VALUES;
            case STATUS_NOTIFICATION -> Triggerable.STATUS_NOTIFICATION;
        };
        Integer connector = trigger.connectorId();
        if ((connector != null && connector > 1) || !control.canSend(message)) {
            return new TriggerMessage.Response(TriggerMessageStatus.REJECTED);
        }
        followUps.add(() -> control.send(message));
        return new TriggerMessage.Response(TriggerMessageStatus.ACCEPTED);
    }
}
