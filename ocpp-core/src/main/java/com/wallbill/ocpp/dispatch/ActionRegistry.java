package com.wallbill.ocpp.dispatch;

import com.wallbill.ocpp.rpc.OcppVersion;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The actions of one OCPP version: wire name, request and response records, direction. Built from the explicit
 * lists in {@link V16Actions} and {@link V201Actions}; nothing is discovered by scanning or naming conventions.
 */
public final class ActionRegistry {

    private static final ActionRegistry V16 = new ActionRegistry(OcppVersion.V16, V16Actions.ALL);
    private static final ActionRegistry V201 = new ActionRegistry(OcppVersion.V201, V201Actions.ALL);

    private final OcppVersion version;
    private final Map<String, ActionDefinition<?, ?>> byAction = new LinkedHashMap<>();
    private final Map<Class<?>, ActionDefinition<?, ?>> byRequest = new LinkedHashMap<>();

    private ActionRegistry(OcppVersion version, List<ActionDefinition<?, ?>> definitions) {
        this.version = version;
        for (ActionDefinition<?, ?> definition : definitions) {
            if (byAction.put(definition.action(), definition) != null
                    || byRequest.put(definition.requestType(), definition) != null) {
                throw new IllegalStateException("Duplicate action or request type: " + definition);
            }
        }
    }

    public static ActionRegistry of(OcppVersion version) {
        return Objects.requireNonNull(version, "version") == OcppVersion.V16 ? V16 : V201;
    }

    public OcppVersion version() {
        return version;
    }

    /** The action with this exact (case-sensitive) wire name. */
    public Optional<ActionDefinition<?, ?>> find(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    /** The action whose request record is {@code requestType}. */
    @SuppressWarnings("unchecked")
    public <Q> Optional<ActionDefinition<Q, ?>> forRequest(Class<Q> requestType) {
        return Optional.ofNullable((ActionDefinition<Q, ?>) byRequest.get(requestType));
    }

    /** Every action, in registration order. */
    public Collection<ActionDefinition<?, ?>> all() {
        return Collections.unmodifiableCollection(byAction.values());
    }
}
