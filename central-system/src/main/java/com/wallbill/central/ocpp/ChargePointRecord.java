package com.wallbill.central.ocpp;

/** What the handshake and the BootNotification need to know of a registered charger. */
public record ChargePointRecord(String id, String passwordHash, BootPolicy bootPolicy, boolean bootAccepted) {

    /** How a BootNotification from this charger is answered. Wire values of RegistrationStatus. */
    public enum BootPolicy {
        ACCEPTED("Accepted"), PENDING("Pending"), REJECTED("Rejected");

        private final String wire;

        BootPolicy(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static BootPolicy fromWire(String wire) {
            for (BootPolicy p : values()) {
                if (p.wire.equalsIgnoreCase(wire)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("Unknown boot policy " + wire);
        }
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
