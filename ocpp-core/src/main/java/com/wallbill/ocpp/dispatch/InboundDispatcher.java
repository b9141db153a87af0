package com.wallbill.ocpp.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.common.JsonText;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.OcppCallException;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.rpc.Violation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Routes CALLs from a charger to one handler per action and turns every outcome into a frame to send back.
 *
 * <ul>
 *   <li>unknown action, or one only the CSMS may call: NotImplemented</li>
 *   <li>known action without a handler: NotSupported</li>
 *   <li>payload breaks the schema: the code from {@link PayloadMapper} (field path in the description)</li>
 *   <li>handler throws or its stage fails: InternalError, described without internals; an
 *       {@link OcppCallException} or {@link OcppValidationException} keeps its own code and message</li>
 *   <li>handler returns a response that is null, of the wrong type or breaks the schema: InternalError</li>
 * </ul>
 * The returned stage never fails. Failures are also reported to the {@link FailureListener}.
 */
public final class InboundDispatcher<C> {

    /** Told about handler failures and invalid responses (our bugs or outages), e.g. to log them. */
    @FunctionalInterface
    public interface FailureListener {
        void handlerFailed(Call call, Throwable failure);
    }

    private static final System.Logger LOG = System.getLogger(InboundDispatcher.class.getName());
    private static final FailureListener LOG_FAILURE = (call, failure) -> LOG.log(System.Logger.Level.ERROR,
            "Handler for " + call.action() + " (message " + call.messageId() + ") failed", failure);
    private static final int MAX_ACTION_SHOWN = 40;

    private final ActionRegistry registry;
    private final PayloadMapper mapper;
    private final Map<String, Handler<C, Object, Object>> handlers;
    private final FailureListener failures;

    private InboundDispatcher(Builder<C> builder) {
        this.registry = builder.registry;
        this.mapper = builder.mapper;
        this.handlers = Map.copyOf(builder.handlers);
        this.failures = builder.failures;
    }

    public static <C> Builder<C> builder(OcppVersion version) {
        return new Builder<>(version);
    }

    /** Same as {@link #builder(OcppVersion)}, with the context type given so that Java can infer it. */
    public static <C> Builder<C> builder(OcppVersion version, Class<C> contextType) {
        return new Builder<>(version);
    }

    public OcppVersion version() {
        return registry.version();
    }

    /** Handles one CALL; the stage completes with a CallResult or a CallError carrying the call's id. */
    public CompletionStage<Frame> dispatch(C context, Call call) {
        ActionDefinition<?, ?> definition = registry.find(call.action())
                .filter(found -> found.direction() == Direction.FROM_CHARGER)
                .orElse(null);
        if (definition == null) {
            return done(error(call, Violation.UNKNOWN_ACTION, "Action " + shown(call) + " is not implemented"));
        }
        Handler<C, Object, Object> handler = handlers.get(definition.action());
        if (handler == null) {
            return done(error(call, Violation.UNSUPPORTED_ACTION, "Action " + shown(call) + " is not supported"));
        }
        Object request;
        try {
            request = mapper.read(call.payload(), definition.requestType());
        } catch (OcppValidationException e) {
            return done(CallError.of(call.messageId(), e.code(), e.getMessage()));
        }
        CompletionStage<Object> stage;
        try {
            stage = handler.handle(context, request);
        } catch (RuntimeException e) {
            return done(failed(call, e));
        }
        if (stage == null) {
            return done(failed(call, new IllegalStateException("Handler returned no stage")));
        }
        return stage.handle((response, failure) ->
                failure != null ? failed(call, failure) : answered(call, definition, response));
    }

    private Frame answered(Call call, ActionDefinition<?, ?> definition, Object response) {
        if (!definition.responseType().isInstance(response)) {
            return failed(call, new IllegalStateException("Handler answered " + call.action() + " with "
                    + (response == null ? "null" : response.getClass().getName())));
        }
        try {
            JsonNode payload = mapper.write(response);
            mapper.validate(payload, definition.responseType());
            return new CallResult(call.messageId(), payload);
        } catch (RuntimeException e) {
            failures.handlerFailed(call, e);
            return error(call, Violation.INTERNAL_FAILURE, "Internal error: invalid response to " + shown(call));
        }
    }

    private Frame failed(Call call, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof OcppCallException e) {
            return CallError.of(call.messageId(), e.code(), e.getMessage());
        }
        if (cause instanceof OcppValidationException e) {
            return CallError.of(call.messageId(), e.code(), e.getMessage());
        }
        failures.handlerFailed(call, cause);
        return error(call, Violation.INTERNAL_FAILURE, "Internal error while handling " + shown(call));
    }

    private CallError error(Call call, Violation violation, String description) {
        ErrorCode code = violation.code(registry.version()).orElseThrow();
        return CallError.of(call.messageId(), code, description);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String shown(Call call) {
        return JsonText.render(JsonText.textNode(call.action()), MAX_ACTION_SHOWN);
    }

    private static CompletionStage<Frame> done(Frame frame) {
        return CompletableFuture.completedFuture(frame);
    }

    /** Collects one handler per action for one version. */
    public static final class Builder<C> {
        private final ActionRegistry registry;
        private final Map<String, Handler<C, Object, Object>> handlers = new HashMap<>();
        private PayloadMapper mapper;
        private FailureListener failures = LOG_FAILURE;

        private Builder(OcppVersion version) {
            this.registry = ActionRegistry.of(version);
        }

        /**
         * Registers the handler of the action whose request record is {@code requestType}.
         *
         * @throws IllegalArgumentException if the type is not a charger-to-CSMS request of this version, or
         *                                  already has a handler
         */
        @SuppressWarnings("unchecked")
        public <Q, R> Builder<C> on(Class<Q> requestType, Handler<C, Q, R> handler) {
            Objects.requireNonNull(handler, "handler");
            ActionDefinition<Q, ?> definition = registry.forRequest(requestType)
                    .filter(found -> found.direction() == Direction.FROM_CHARGER)
                    .orElseThrow(() -> new IllegalArgumentException(requestType.getName()
                            + " is not a charger request of OCPP " + registry.version().subprotocol()));
            if (handlers.putIfAbsent(definition.action(), (Handler<C, Object, Object>) handler) != null) {
                throw new IllegalArgumentException("Second handler for " + definition.action());
            }
            return this;
        }

        /** Uses this mapper instead of a fresh {@link PayloadMapper#create()}. */
        public Builder<C> mapper(PayloadMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** Where handler failures go; by default they are logged at ERROR through {@link System.Logger}. */
        public Builder<C> onFailure(FailureListener listener) {
            this.failures = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public InboundDispatcher<C> build() {
            if (mapper == null) {
                mapper = PayloadMapper.create();
            }
            return new InboundDispatcher<>(this);
        }
    }
}
