package com.wallbill.simulator.model;

import java.time.Instant;

/**
 * One charging session on a simulated charger, version-neutral. The transaction id is the central system's
 * integer (as text) on 1.6 and the charger's own UUID on 2.0.1. Sequence numbers count the 2.0.1
 * TransactionEvents of this transaction, from 0. Used from the owning charger's thread only.
 */
public final class ChargingSession {

    private final String idTag;
    private final long targetEnergyWh;
    private final Integer remoteStartId;
    private final Instant startedAt;
    private final long startRegisterWh;
    private String transactionId;
    private int nextSeqNo;
    private Instant lastSampleAt;

    public ChargingSession(String idTag, long targetEnergyWh, Integer remoteStartId, Instant startedAt,
                           long startRegisterWh) {
        this.idTag = idTag;
        this.targetEnergyWh = targetEnergyWh;
        this.remoteStartId = remoteStartId;
        this.startedAt = startedAt;
        this.startRegisterWh = startRegisterWh;
        this.lastSampleAt = startedAt;
    }

    public String idTag() {
        return idTag;
    }

    /** Energy the car takes before it is full; the driver then ends the session. */
    public long targetEnergyWh() {
        return targetEnergyWh;
    }

    /** Set when the central system started the session (2.0.1 remoteStartId; 0 for a 1.6 remote start). */
    public Integer remoteStartId() {
        return remoteStartId;
    }

    public boolean remotelyStarted() {
        return remoteStartId != null;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long startRegisterWh() {
        return startRegisterWh;
    }

    /** Null until the central system assigned it (1.6) or the charger created it (2.0.1). */
    public String transactionId() {
        return transactionId;
    }

    public void transactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    /** The seqNo for the next TransactionEvent of this transaction: 0, 1, 2... */
    public int nextSeqNo() {
        return nextSeqNo++;
    }

    /** When the meter was last advanced for this session. */
    public Instant lastSampleAt() {
        return lastSampleAt;
    }

    public void lastSampleAt(Instant at) {
        this.lastSampleAt = at;
    }
}
