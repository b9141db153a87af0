package com.wallbill.simulator.protocol;

/** The central system's answer to BootNotification, version-neutral. */
public record BootAnswer(Registration registration, int intervalSeconds) {

    public enum Registration {
        ACCEPTED,
        /** Keep trying: send BootNotification again after the interval. */
        PENDING,
        REJECTED
    }
}
