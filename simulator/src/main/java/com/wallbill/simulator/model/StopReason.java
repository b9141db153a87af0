package com.wallbill.simulator.model;

/** Why a charging session ended, version-neutral. */
public enum StopReason {
    /** The driver ended it at the charger (card swipe), e.g. because the car is full. */
    LOCAL,
    /** The central system asked (RemoteStopTransaction / RequestStopTransaction). */
    REMOTE,
    /** The central system refused the driver's card when the transaction started. */
    DE_AUTHORIZED,
    /** 1.6: the central system unlocked the connector during the transaction. */
    UNLOCK_COMMAND,
    HARD_RESET,
    SOFT_RESET,
    /** The simulation ended with the session still running. */
    OTHER
}
