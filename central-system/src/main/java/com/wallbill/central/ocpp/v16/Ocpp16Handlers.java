package com.wallbill.central.ocpp.v16;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.session.SessionEvent.SessionStarted;
import com.wallbill.billing.session.SessionFlag;
import static com.wallbill.central.ocpp.HandlerSupport.done;
import static com.wallbill.central.ocpp.HandlerSupport.wire;

import com.wallbill.central.ocpp.CallContext;
import com.wallbill.central.ocpp.ChargePointService;
import com.wallbill.central.ocpp.ChargePointService.BootInfo;
import com.wallbill.central.ocpp.ChargePointService.ConnectorStatus;
import com.wallbill.central.session.Readings;
import com.wallbill.central.session.MeterReading;
import com.wallbill.central.session.SessionEvents;
import com.wallbill.central.session.SessionStore;
import com.wallbill.central.session.SessionStore.Stop;
import com.wallbill.ocpp.dispatch.InboundDispatcher;
import com.wallbill.ocpp.v16.core.Authorize;
import com.wallbill.ocpp.v16.core.AuthorizationStatus;
import com.wallbill.ocpp.v16.core.BootNotification;
import com.wallbill.ocpp.v16.core.DataTransfer;
import com.wallbill.ocpp.v16.core.DataTransferStatus;
import com.wallbill.ocpp.v16.core.Heartbeat;
import com.wallbill.ocpp.v16.core.IdTagInfo;
import com.wallbill.ocpp.v16.core.MeterValue;
import com.wallbill.ocpp.v16.core.MeterValues;
import com.wallbill.ocpp.v16.core.RegistrationStatus;
import com.wallbill.ocpp.v16.core.SampledValue;
import com.wallbill.ocpp.v16.core.StartTransaction;
import com.wallbill.ocpp.v16.core.StatusNotification;
import com.wallbill.ocpp.v16.core.StopTransaction;
import com.wallbill.ocpp.v16.firmware.DiagnosticsStatusNotification;
import com.wallbill.ocpp.v16.firmware.FirmwareStatusNotification;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * OCPP 1.6 charger-to-server actions. Each handler adapts the typed message to the version-neutral services
 * and answers only after what it must keep is committed.
 */
@ApplicationScoped
public class Ocpp16Handlers {

    private static final Logger LOG = Logger.getLogger(Ocpp16Handlers.class);
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);

    private final ChargePointService chargePoints;
    private final SessionStore sessions;
    private final SessionEvents events;

    public Ocpp16Handlers(ChargePointService chargePoints, SessionStore sessions, SessionEvents events) {
        this.chargePoints = chargePoints;
        this.sessions = sessions;
        this.events = events;
    }

    public InboundDispatcher.Builder<CallContext> register(InboundDispatcher.Builder<CallContext> builder) {
        return builder
                .on(BootNotification.Request.class, this::boot)
                .on(Heartbeat.Request.class, (ctx, req) -> done(new Heartbeat.Response(Instant.now())))
                .on(StatusNotification.Request.class, this::status)
                .on(Authorize.Request.class, (ctx, req) -> done(new Authorize.Response(ACCEPTED)))
                .on(DataTransfer.Request.class, this::dataTransfer)
                .on(DiagnosticsStatusNotification.Request.class,
                        (ctx, req) -> done(new DiagnosticsStatusNotification.Response()))
                .on(FirmwareStatusNotification.Request.class,
                        (ctx, req) -> done(new FirmwareStatusNotification.Response()))
                .on(StartTransaction.Request.class, this::startTransaction)
                .on(MeterValues.Request.class, this::meterValues)
                .on(StopTransaction.Request.class, this::stopTransaction);
    }

    private CompletionStage<BootNotification.Response> boot(CallContext ctx, BootNotification.Request req) {
        BootInfo info = new BootInfo(req.chargePointVendor(), req.chargePointModel(),
                req.chargePointSerialNumber() != null ? req.chargePointSerialNumber() : req.chargeBoxSerialNumber(),
                req.firmwareVersion());
        return chargePoints.boot(ctx, info).map(decision -> new BootNotification.Response(
                RegistrationStatus.fromWire(decision.status().wire()), decision.currentTime(),
                decision.intervalSeconds()))
                .toCompletionStage();
    }

    private CompletionStage<StatusNotification.Response> status(CallContext ctx, StatusNotification.Request req) {
        ConnectorStatus status = new ConnectorStatus(req.connectorId(), req.connectorId(), req.status().wire(),
                req.errorCode().wire(), req.info(), req.vendorErrorCode(), req.timestamp());
        return chargePoints.status(ctx, status).map(v -> new StatusNotification.Response()).toCompletionStage();
    }

    private CompletionStage<DataTransfer.Response> dataTransfer(CallContext ctx, DataTransfer.Request req) {
        LOG.debugf("DataTransfer from %s, vendor %s, message %s", ctx.chargePointId(), req.vendorId(),
                req.messageId());
        return done(new DataTransfer.Response(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
    }

    private CompletionStage<StartTransaction.Response> startTransaction(CallContext ctx, StartTransaction.Request req) {
        Set<SessionFlag> flags = Readings.clockFlags(req.timestamp(), ctx.receivedAt());
        return sessions.start16(ctx.takeJournal(), ctx.chargePointId(), req.connectorId(), req.idTag(),
                req.timestamp(), req.meterStart(), ctx.receivedAt(), flags).map(started -> {
                    if (started.created()) {
                        events.publish(new SessionStarted(started.sessionId(), ctx.chargePointId(),
                                req.connectorId(), req.connectorId(), req.idTag(), req.timestamp(),
                                java.math.BigDecimal.valueOf(req.meterStart())));
                    }
                    return new StartTransaction.Response(ACCEPTED, started.transactionId());
                }).toCompletionStage();
    }

    private CompletionStage<MeterValues.Response> meterValues(CallContext ctx, MeterValues.Request req) {
        List<MeterReading> samples = samples(req.meterValue(), ctx.payload().get("meterValue"));
        Future<?> stored;
        if (req.transactionId() == null) {
            stored = sessions.addConnectorReadings(ctx.takeJournal(), ctx.chargePointId(), req.connectorId(),
                    samples, ctx.receivedAt());
        } else {
            stored = sessions.addReadings(ctx.takeJournal(), ctx.chargePointId(), req.transactionId().toString(),
                    "MeterValues", samples, ctx.receivedAt(), ctx.payload()).onSuccess(session -> session
                            .ifPresent(id -> events.publishLatest(id, ctx.chargePointId(), samples)));
        }
        return stored.map(v -> new MeterValues.Response()).toCompletionStage();
    }

    private CompletionStage<StopTransaction.Response> stopTransaction(CallContext ctx, StopTransaction.Request req) {
        List<MeterReading> samples = new ArrayList<>(samples(req.transactionData(), ctx.payload().get("transactionData")));
        samples.add(MeterReading.register(req.timestamp(), "Transaction.End", req.meterStop()));
        Set<SessionFlag> flags = EnumSet.copyOf(Readings.clockFlags(req.timestamp(), ctx.receivedAt()));
        Stop stop = new Stop(req.timestamp(), ctx.receivedAt(), req.reason() == null ? "Local" : req.reason().wire(),
                req.idTag(), samples, flags);
        return sessions.stop(ctx.takeJournal(), ctx.chargePointId(), Integer.toString(req.transactionId()),
                "StopTransaction", stop, ctx.payload()).map(outcome -> {
                    outcome.completed().ifPresent(events::publish);
                    return new StopTransaction.Response(req.idTag() == null ? null : ACCEPTED);
                }).toCompletionStage();
    }

    /** Meter values with their sampled values kept as the charger sent them ({@code raw}: the JSON array). */
    static List<MeterReading> samples(List<MeterValue> meterValues, JsonNode raw) {
        if (meterValues == null) {
            return List.of();
        }
        List<MeterReading> out = new ArrayList<>(meterValues.size());
        for (int i = 0; i < meterValues.size(); i++) {
            MeterValue mv = meterValues.get(i);
            List<Readings.Value> values = new ArrayList<>(mv.sampledValue().size());
            for (SampledValue sv : mv.sampledValue()) {
                boolean signed = sv.format() != null && "SignedData".equals(sv.format().wire());
                values.add(new Readings.Value(wire(sv.context()), wire(sv.measurand()), wire(sv.phase()),
                        wire(sv.location()), wire(sv.unit()), 0, signed ? null : Readings.parse(sv.value())));
            }
            out.add(MeterReading.of(mv.timestamp(), values, raw.get(i).get("sampledValue")));
        }
        return out;
    }



}
