package com.wallbill.simulator.protocol;

/** The central system's answer to BootNotification, version-neutral. */
public record BootAnswer(Registration registration, int intervalSeconds) {

    public enum Registration {
        ACCEPTED,
        /** Keep trying: send BootNotification again after the interval. */
        PENDING,
        REJECTED
    }

    /** The answer from either version's RegistrationStatus, whose constants share these names. */
    public static BootAnswer of(Enum<?> status, int interval) {
        return new BootAnswer(Registration.valueOf(status.name()), interval);
    }
}
