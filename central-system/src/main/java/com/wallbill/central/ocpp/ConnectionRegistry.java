package com.wallbill.central.ocpp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live connection of each charger. Removal is keyed on the connection, never on the charger id alone,
 * so an old socket closing late can never unregister the connection that replaced it.
 */
@ApplicationScoped
public class ConnectionRegistry {

    private final ConcurrentHashMap<String, ChargePointConnection> byChargePoint = new ConcurrentHashMap<>();

    public Optional<ChargePointConnection> find(String chargePointId) {
        return Optional.ofNullable(byChargePoint.get(chargePointId));
    }

    /** Registers the connection and returns the one it replaced, if any. */
    public Optional<ChargePointConnection> register(ChargePointConnection connection) {
        return Optional.ofNullable(byChargePoint.put(connection.chargePointId(), connection));
    }

    /** Unregisters this very connection; a no-op if another connection of the charger has replaced it. */
    public boolean unregister(ChargePointConnection connection) {
        return byChargePoint.remove(connection.chargePointId(), connection);
    }

    public Collection<ChargePointConnection> all() {
        return byChargePoint.values();
    }
}
