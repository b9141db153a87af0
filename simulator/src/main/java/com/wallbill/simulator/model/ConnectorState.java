package com.wallbill.simulator.model;

/**
 * The connector's state as the charger sees it. 1.6 reports each state as such; 2.0.1 reports only whether the
 * connector is Available, Occupied or Unavailable, and carries the charging state in TransactionEvent.
 */
public enum ConnectorState {
    AVAILABLE,
    /** Cable plugged in, not yet charging. */
    PREPARING,
    CHARGING,
    /** The car is full or paused: the transaction runs, no energy flows. */
    SUSPENDED_EV,
    /** Transaction stopped, cable still plugged in. */
    FINISHING,
    UNAVAILABLE
}
