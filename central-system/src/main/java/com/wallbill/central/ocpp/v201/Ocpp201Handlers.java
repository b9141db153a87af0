package com.wallbill.central.ocpp.v201;

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
import com.wallbill.central.session.SessionStore.TransactionEvent;
import com.wallbill.ocpp.dispatch.InboundDispatcher;
import com.wallbill.ocpp.v201.authorization.Authorize;
import com.wallbill.ocpp.v201.common.AuthorizationStatus;
import com.wallbill.ocpp.v201.common.IdTokenInfo;
import com.wallbill.ocpp.v201.common.MeterValue;
import com.wallbill.ocpp.v201.common.SampledValue;
import com.wallbill.ocpp.v201.datatransfer.DataTransfer;
import com.wallbill.ocpp.v201.datatransfer.DataTransferStatus;
import com.wallbill.ocpp.v201.diagnostics.NotifyEvent;
import com.wallbill.ocpp.v201.firmware.FirmwareStatusNotification;
import com.wallbill.ocpp.v201.metervalues.MeterValues;
import com.wallbill.ocpp.v201.provisioning.BootNotification;
import com.wallbill.ocpp.v201.availability.Heartbeat;
import com.wallbill.ocpp.v201.provisioning.NotifyReport;
import com.wallbill.ocpp.v201.provisioning.RegistrationStatus;
import com.wallbill.ocpp.v201.security.SecurityEventNotification;
import com.wallbill.ocpp.v201.availability.StatusNotification;
import com.wallbill.ocpp.v201.transactions.TransactionEvent.Request;
import com.wallbill.ocpp.v201.transactions.TransactionEvent.Response;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/** OCPP 2.0.1 charger-to-server actions, adapted to the version-neutral services. */
@ApplicationScoped
public class Ocpp201Handlers {

    private static final Logger LOG = Logger.getLogger(Ocpp201Handlers.class);
    private static final IdTokenInfo ACCEPTED = new IdTokenInfo(AuthorizationStatus.ACCEPTED, null, null, null, null,
            null, null, null);

    private final ChargePointService chargePoints;
    private final SessionStore sessions;
    private final SessionEvents events;

    public Ocpp201Handlers(ChargePointService chargePoints, SessionStore sessions, SessionEvents events) {
        this.chargePoints = chargePoints;
        this.sessions = sessions;
        this.events = events;
    }

    public InboundDispatcher.Builder<CallContext> register(InboundDispatcher.Builder<CallContext> builder) {
        return builder
                .on(BootNotification.Request.class, this::boot)
                .on(Heartbeat.Request.class, (ctx, req) -> done(new Heartbeat.Response(Instant.now())))
                .on(StatusNotification.Request.class, this::status)
                .on(Authorize.Request.class, (ctx, req) -> done(new Authorize.Response(ACCEPTED, null)))
                .on(DataTransfer.Request.class, (ctx, req) -> done(
                        new DataTransfer.Response(DataTransferStatus.UNKNOWN_VENDOR_ID, null, null)))
                .on(FirmwareStatusNotification.Request.class,
                        (ctx, req) -> done(new FirmwareStatusNotification.Response()))
                .on(NotifyEvent.Request.class, (ctx, req) -> done(new NotifyEvent.Response()))
                .on(NotifyReport.Request.class, (ctx, req) -> done(new NotifyReport.Response()))
                .on(SecurityEventNotification.Request.class, this::securityEvent)
                .on(MeterValues.Request.class, this::meterValues)
                .on(Request.class, this::transactionEvent);
    }

    private CompletionStage<BootNotification.Response> boot(CallContext ctx, BootNotification.Request req) {
        var station = req.chargingStation();
        BootInfo info = new BootInfo(station.vendorName(), station.model(), station.serialNumber(),
                station.firmwareVersion());
        return chargePoints.boot(ctx, info).map(decision -> new BootNotification.Response(decision.currentTime(),
                decision.intervalSeconds(), RegistrationStatus.fromWire(decision.status().wire()), null))
                .toCompletionStage();
    }

    private CompletionStage<StatusNotification.Response> status(CallContext ctx, StatusNotification.Request req) {
        ConnectorStatus status = new ConnectorStatus(req.evseId(), req.connectorId(), req.connectorStatus().wire(),
                null, null, null, req.timestamp());
        return chargePoints.status(ctx, status).map(v -> new StatusNotification.Response()).toCompletionStage();
    }

    private CompletionStage<SecurityEventNotification.Response> securityEvent(CallContext ctx,
            SecurityEventNotification.Request req) {
        // Kept in the journal with the raw frame; logged so operators see tampering or clock changes at once.
        LOG.warnf("Security event from %s: %s at %s (%s)", ctx.chargePointId(), req.type(), req.timestamp(),
                req.techInfo());
        return done(new SecurityEventNotification.Response());
    }

    private CompletionStage<MeterValues.Response> meterValues(CallContext ctx, MeterValues.Request req) {
        return sessions.addConnectorReadings(ctx.takeJournal(), ctx.chargePointId(), req.evseId(),
                samples(req.meterValue(), ctx.payload().get("meterValue")), ctx.receivedAt()).map(v -> new MeterValues.Response())
                .toCompletionStage();
    }

    private CompletionStage<Response> transactionEvent(CallContext ctx, Request req) {
        var info = req.transactionInfo();
        List<MeterReading> samples = samples(req.meterValue(), ctx.payload().get("meterValue"));
        Set<SessionFlag> flags = req.offline() != null && req.offline() ? Set.of()
                : Readings.clockFlags(req.timestamp(), ctx.receivedAt());
        TransactionEvent event = new TransactionEvent(info.transactionId(), req.seqNo(), req.eventType().wire(),
                req.triggerReason().wire(), req.timestamp(), Boolean.TRUE.equals(req.offline()),
                req.evse() == null ? null : req.evse().id(), req.evse() == null ? null : req.evse().connectorId(),
                req.idToken() == null ? null : req.idToken().idToken(),
                info.stoppedReason() == null ? null : info.stoppedReason().wire(), samples, flags);
        Future<Response> answered = sessions.transactionEvent(ctx.takeJournal(), ctx.chargePointId(), event,
                ctx.receivedAt(), ctx.payload()).map(outcome -> {
                    if (!outcome.replay() && outcome.sessionId() != null) {
                        if (outcome.created()) {
                            events.publish(new SessionStarted(outcome.sessionId(), ctx.chargePointId(),
                                    event.evseId(), event.connectorId(), event.idToken(), req.timestamp(),
                                    MeterReading.firstRegister(samples).map(MeterReading::registerWh).orElse(null)));
                        }
                        if (outcome.stop() != null) {
                            outcome.stop().completed().ifPresent(events::publish);
                        } else {
                            events.publishLatest(outcome.sessionId(), ctx.chargePointId(), samples);
                        }
                    }
                    return new Response(null, null, req.idToken() == null ? null : ACCEPTED, null);
                });
        return answered.toCompletionStage();
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
                var unit = sv.unitOfMeasure();
                values.add(new Readings.Value(wire(sv.context()), wire(sv.measurand()), wire(sv.phase()),
                        wire(sv.location()), unit == null ? null : unit.unit(),
                        unit == null || unit.multiplier() == null ? 0 : unit.multiplier(), sv.value()));
            }
            out.add(MeterReading.of(mv.timestamp(), values, raw.get(i).get("sampledValue")));
        }
        return out;
    }


}
