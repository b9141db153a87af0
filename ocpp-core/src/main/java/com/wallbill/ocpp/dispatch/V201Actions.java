package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.dispatch.ActionDefinition.fromCharger;
import static com.wallbill.ocpp.dispatch.ActionDefinition.fromCsms;

import com.wallbill.ocpp.v201.authorization.Authorize;
import com.wallbill.ocpp.v201.availability.ChangeAvailability;
import com.wallbill.ocpp.v201.availability.Heartbeat;
import com.wallbill.ocpp.v201.availability.StatusNotification;
import com.wallbill.ocpp.v201.datatransfer.DataTransfer;
import com.wallbill.ocpp.v201.diagnostics.NotifyEvent;
import com.wallbill.ocpp.v201.firmware.FirmwareStatusNotification;
import com.wallbill.ocpp.v201.metervalues.MeterValues;
import com.wallbill.ocpp.v201.provisioning.BootNotification;
import com.wallbill.ocpp.v201.provisioning.GetVariables;
import com.wallbill.ocpp.v201.provisioning.NotifyReport;
import com.wallbill.ocpp.v201.provisioning.Reset;
import com.wallbill.ocpp.v201.provisioning.SetVariables;
import com.wallbill.ocpp.v201.remotecontrol.RequestStartTransaction;
import com.wallbill.ocpp.v201.remotecontrol.RequestStopTransaction;
import com.wallbill.ocpp.v201.remotecontrol.TriggerMessage;
import com.wallbill.ocpp.v201.remotecontrol.UnlockConnector;
import com.wallbill.ocpp.v201.security.SecurityEventNotification;
import com.wallbill.ocpp.v201.transactions.TransactionEvent;
import java.util.List;

/** The OCPP 2.0.1 actions Wallbill knows. */
final class V201Actions {

    static final List<ActionDefinition<?, ?>> ALL = List.of(
            // station to CSMS
            fromCharger(Authorize.ACTION, Authorize.Request.class, Authorize.Response.class),
            fromCharger(BootNotification.ACTION, BootNotification.Request.class, BootNotification.Response.class),
            fromCharger(DataTransfer.ACTION, DataTransfer.Request.class, DataTransfer.Response.class),
            fromCharger(FirmwareStatusNotification.ACTION, FirmwareStatusNotification.Request.class,
                    FirmwareStatusNotification.Response.class),
            fromCharger(Heartbeat.ACTION, Heartbeat.Request.class, Heartbeat.Response.class),
            fromCharger(MeterValues.ACTION, MeterValues.Request.class, MeterValues.Response.class),
            fromCharger(NotifyEvent.ACTION, NotifyEvent.Request.class, NotifyEvent.Response.class),
            fromCharger(NotifyReport.ACTION, NotifyReport.Request.class, NotifyReport.Response.class),
            fromCharger(SecurityEventNotification.ACTION, SecurityEventNotification.Request.class,
                    SecurityEventNotification.Response.class),
            fromCharger(StatusNotification.ACTION, StatusNotification.Request.class,
                    StatusNotification.Response.class),
            fromCharger(TransactionEvent.ACTION, TransactionEvent.Request.class, TransactionEvent.Response.class),
            // CSMS to station
            fromCsms(RequestStartTransaction.ACTION, RequestStartTransaction.Request.class,
                    RequestStartTransaction.Response.class),
            fromCsms(RequestStopTransaction.ACTION, RequestStopTransaction.Request.class,
                    RequestStopTransaction.Response.class),
            fromCsms(Reset.ACTION, Reset.Request.class, Reset.Response.class),
            fromCsms(GetVariables.ACTION, GetVariables.Request.class, GetVariables.Response.class),
            fromCsms(SetVariables.ACTION, SetVariables.Request.class, SetVariables.Response.class),
            fromCsms(TriggerMessage.ACTION, TriggerMessage.Request.class, TriggerMessage.Response.class),
            fromCsms(ChangeAvailability.ACTION, ChangeAvailability.Request.class, ChangeAvailability.Response.class),
            fromCsms(UnlockConnector.ACTION, UnlockConnector.Request.class, UnlockConnector.Response.class));

    private V201Actions() {
    }
}
