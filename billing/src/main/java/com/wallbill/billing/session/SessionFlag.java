package com.wallbill.billing.session;

/** Something about a session's data that a careful payroll clerk would question. */
public enum SessionFlag {
    /** The register went down during the session (reset or rollover); the drop was not subtracted. */
    REGISTER_DECREASED,
    /** The first reading was 0 and the next one the charger's lifetime register: that 0 was not used as baseline. */
    ZERO_BASELINE,
    /** Energy between two readings implies more power than a home charger can deliver. */
    IMPLAUSIBLE_POWER,
    /** A reading is dated before the session started or after it stopped. */
    READING_OUTSIDE_SESSION,
    /** A charger timestamp is in the future or implausibly old compared with when we received it. */
    CLOCK_SKEW,
    /** A new session started on the connector while this one had not been stopped. */
    STOP_MISSING,
    /** The session's stop or end arrived without its start. */
    START_MISSING,
    /** Transaction messages were queued by the charger while it was offline. */
    OFFLINE,
    /** A stop for this session was kept in quarantine (e.g. stop before start). */
    STOP_QUARANTINED,
    /**
     * The register rose across a gap between readings much longer than the charger's sampling interval: the
     * energy was spread evenly over it, which may put it in the wrong price slot.
     */
    READING_GAP,
    /** A second, different stop arrived for the already completed session; the first one was kept. */
    DUPLICATE_STOP,
    /** The session was never stopped: the central system closed it after its inactivity timeout. */
    STOP_TIMEOUT
}
