package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.dispatch.ActionDefinition.fromCharger;
import static com.wallbill.ocpp.dispatch.ActionDefinition.fromCsms;

import com.wallbill.ocpp.v16.core.Authorize;
import com.wallbill.ocpp.v16.core.BootNotification;
import com.wallbill.ocpp.v16.core.ChangeAvailability;
import com.wallbill.ocpp.v16.core.ChangeConfiguration;
import com.wallbill.ocpp.v16.core.DataTransfer;
import com.wallbill.ocpp.v16.core.GetConfiguration;
import com.wallbill.ocpp.v16.core.Heartbeat;
import com.wallbill.ocpp.v16.core.MeterValues;
import com.wallbill.ocpp.v16.core.RemoteStartTransaction;
import com.wallbill.ocpp.v16.core.RemoteStopTransaction;
import com.wallbill.ocpp.v16.core.Reset;
import com.wallbill.ocpp.v16.core.StartTransaction;
import com.wallbill.ocpp.v16.core.StatusNotification;
import com.wallbill.ocpp.v16.core.StopTransaction;
import com.wallbill.ocpp.v16.core.UnlockConnector;
import com.wallbill.ocpp.v16.firmware.DiagnosticsStatusNotification;
import com.wallbill.ocpp.v16.firmware.FirmwareStatusNotification;
import com.wallbill.ocpp.v16.remotetrigger.TriggerMessage;
import java.util.List;

/** The OCPP 1.6 actions Wallbill knows. */
final class V16Actions {

    static final List<ActionDefinition<?, ?>> ALL = List.of(
            // charger to CSMS
            fromCharger(Authorize.ACTION, Authorize.Request.class, Authorize.Response.class),
            fromCharger(BootNotification.ACTION, BootNotification.Request.class, BootNotification.Response.class),
            fromCharger(DataTransfer.ACTION, DataTransfer.Request.class, DataTransfer.Response.class),
            fromCharger(DiagnosticsStatusNotification.ACTION, DiagnosticsStatusNotification.Request.class,
                    DiagnosticsStatusNotification.Response.class),
            fromCharger(FirmwareStatusNotification.ACTION, FirmwareStatusNotification.Request.class,
                    FirmwareStatusNotification.Response.class),
            fromCharger(Heartbeat.ACTION, Heartbeat.Request.class, Heartbeat.Response.class),
            fromCharger(MeterValues.ACTION, MeterValues.Request.class, MeterValues.Response.class),
            fromCharger(StartTransaction.ACTION, StartTransaction.Request.class, StartTransaction.Response.class),
            fromCharger(StatusNotification.ACTION, StatusNotification.Request.class,
                    StatusNotification.Response.class),
            fromCharger(StopTransaction.ACTION, StopTransaction.Request.class, StopTransaction.Response.class),
            // CSMS to charger
            fromCsms(RemoteStartTransaction.ACTION, RemoteStartTransaction.Request.class,
                    RemoteStartTransaction.Response.class),
            fromCsms(RemoteStopTransaction.ACTION, RemoteStopTransaction.Request.class,
                    RemoteStopTransaction.Response.class),
            fromCsms(Reset.ACTION, Reset.Request.class, Reset.Response.class),
            fromCsms(ChangeConfiguration.ACTION, ChangeConfiguration.Request.class,
                    ChangeConfiguration.Response.class),
            fromCsms(GetConfiguration.ACTION, GetConfiguration.Request.class, GetConfiguration.Response.class),
            fromCsms(TriggerMessage.ACTION, TriggerMessage.Request.class, TriggerMessage.Response.class),
            fromCsms(ChangeAvailability.ACTION, ChangeAvailability.Request.class, ChangeAvailability.Response.class),
            fromCsms(UnlockConnector.ACTION, UnlockConnector.Request.class, UnlockConnector.Response.class));

    private V16Actions() {
    }
}
