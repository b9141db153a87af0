package com.wallbill.central.ocpp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.wallbill.central.config.WallbillConfig;
import com.wallbill.central.db.GroupCommitter;
import com.wallbill.central.db.GroupCommitter.JournalEntry;
import com.wallbill.central.db.PgText;
import com.wallbill.central.db.Utc;
import com.wallbill.central.ocpp.ChargePointConnection.BootState;
import com.wallbill.ocpp.dispatch.OutboundCalls;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.FrameCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The frame loop of every connection: journal, decode, dispatch, answer. A charger's CALLs are handled one at
 * a time, in order (see {@link ChargePointConnection#tryStartCall}).
 */
@ApplicationScoped
public class OcppSession {

    private static final Logger LOG = Logger.getLogger(OcppSession.class);

    private final ConnectionRegistry registry;
    private final GroupCommitter committer;
    private final OcppDispatchers dispatchers;
    private final FrameCodec codec;
    private final ChargePointActivity activity;
    private final WallbillConfig config;
    private final Vertx vertx;

    public OcppSession(ConnectionRegistry registry, GroupCommitter committer, OcppDispatchers dispatchers,
            ChargePointActivity activity, WallbillConfig config, Vertx vertx) {
        this.registry = registry;
        this.committer = committer;
        this.dispatchers = dispatchers;
        this.codec = dispatchers.codec();
        this.activity = activity;
        this.config = config;
        this.vertx = vertx;
    }

    void attach(ChargePointConnection connection) {
        var socket = connection.socket();
        socket.textMessageHandler(text -> onFrame(connection, text));
        socket.binaryMessageHandler(buffer -> onFrame(connection, buffer.toString(java.nio.charset.StandardCharsets.UTF_8)));
        socket.pongHandler(pong -> connection.touched());
        socket.exceptionHandler(failure -> LOG.debugf("Connection of %s: %s", connection.chargePointId(),
                failure.getMessage()));
        socket.closeHandler(closed -> closed(connection));
    }

    /** Forgets the connection (idempotent): pending commands complete as disconnected, the charger shows offline. */
    void closed(ChargePointConnection connection) {
        if (connection.closed()) {
            return;
        }
        connection.markClosed();
        if (registry.unregister(connection)) {
            activity.disconnected(connection);
        }
    }

    OutboundCalls outboundCalls(ChargePointConnection connection) {
        return new OutboundCalls(connection.version(),
                call -> connection.send(codec.encode(connection.version(), call)),
                (delay, task) -> {
                    long timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run());
                    return () -> vertx.cancelTimer(timer);
                },
                config.ocpp().callTimeout(),
                () -> UUID.randomUUID().toString());
    }

    private void onFrame(ChargePointConnection connection, String text) {
        connection.touched();
        Instant receivedAt = Instant.now();
        JournalEntry journal = new JournalEntry(connection.chargePointId(), connection.id(),
                Utc.of(receivedAt), PgText.text(text));
        Decoded decoded = codec.decode(connection.version(), text);
        if (decoded instanceof Decoded.Ok ok) {
            Frame frame = ok.frame();
            if (frame instanceof Call call) {
                onCall(connection, call, new CallContext(connection, journal, receivedAt, call.payload()));
            } else {
                committer.journal(journal);
                onAnswer(connection, frame);
            }
        } else if (decoded instanceof Decoded.Rejected rejected) {
            LOG.debugf("Malformed frame from %s: %s", connection.chargePointId(), rejected.reply().description());
            committer.journal(journal).onComplete(done -> reply(connection, rejected.reply()));
        } else if (decoded instanceof Decoded.Ignored ignored) {
            LOG.debugf("Ignored frame from %s: %s", connection.chargePointId(), ignored.reason());
            committer.journal(journal);
        }
    }

    private void onAnswer(ChargePointConnection connection, Frame frame) {
        OutboundCalls calls = connection.callsIfAny();
        boolean matched = calls != null && (frame instanceof CallResult result ? calls.onResult(result)
                : calls.onError((CallError) frame));
        if (!matched) {
            LOG.debugf("Answer %s from %s matches no pending call; ignored", frame.messageId(),
                    connection.chargePointId());
        }
    }

    private void onCall(ChargePointConnection connection, Call call, CallContext context) {
        Runnable handle = () -> handleCall(connection, call, context);
        if (connection.tryStartCall(handle)) {
            handle.run();
        }
    }

    private void handleCall(ChargePointConnection connection, Call call, CallContext context) {
        CompletionStage<Frame> answer;
        if (connection.bootState() != BootState.ACCEPTED && !"BootNotification".equals(call.action())) {
            answer = java.util.concurrent.CompletableFuture.completedFuture(new CallError(call.messageId(),
                    ErrorCode.SECURITY_ERROR, "BootNotification has not been accepted",
                    JsonNodeFactory.instance.objectNode()));
        } else {
            try {
                answer = dispatchers.forVersion(connection.version()).dispatch(context, call);
            } catch (RuntimeException e) {
                answer = java.util.concurrent.CompletableFuture.failedFuture(e);
            }
        }
        answer.whenComplete((frame, failure) -> {
            Frame out = frame;
            if (failure != null) {
                LOG.errorf(failure, "Handling %s from %s failed", call.action(), connection.chargePointId());
                out = internalError(call, "Could not process the message");
            }
            Frame toSend = out;
            JournalEntry untaken = context.untakenJournal();
            Future<?> journaled = untaken == null ? Future.succeededFuture() : committer.journal(untaken);
            journaled.onComplete(written -> {
                Frame finalFrame = written.failed() && toSend instanceof CallResult
                        ? internalError(call, "Could not store the message") : toSend;
                reply(connection, finalFrame);
                if (finalFrame instanceof CallResult) {
                    Runnable after = context.takeAfterReply();
                    if (after != null) {
                        after.run();
                    }
                }
                Runnable next = connection.finishCall();
                if (next != null) {
                    next.run();
                }
            });
        });
    }

    private void reply(ChargePointConnection connection, Frame frame) {
        connection.send(codec.encode(connection.version(), frame));
    }

    private static CallError internalError(Call call, String description) {
        return new CallError(call.messageId(), ErrorCode.INTERNAL_ERROR, description,
                JsonNodeFactory.instance.objectNode());
    }
}
