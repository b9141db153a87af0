package com.wallbill.central.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.db.GroupCommitter.JournalEntry;
import java.time.Instant;

/**
 * One inbound CALL being handled: the connection it came on and its raw frame. A handler that writes to the
 * database takes the journal entry to write it in the same transaction; otherwise the endpoint journals it.
 */
public final class CallContext {

    private final ChargePointConnection connection;
    private final JournalEntry journal;
    private final Instant receivedAt;
    private final JsonNode payload;
    private boolean journalTaken;
    private Runnable afterReply;

    public CallContext(ChargePointConnection connection, JournalEntry journal, Instant receivedAt, JsonNode payload) {
        this.connection = connection;
        this.journal = journal;
        this.receivedAt = receivedAt;
        this.payload = payload;
    }

    /** The CALL's payload exactly as the charger sent it (for quarantine and raw meter values). */
    public JsonNode payload() {
        return payload;
    }

    public ChargePointConnection connection() {
        return connection;
    }

    public String chargePointId() {
        return connection.chargePointId();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The raw frame for the handler's own transaction; afterwards the endpoint will not journal it again. */
    public synchronized JournalEntry takeJournal() {
        journalTaken = true;
        return journal;
    }

    /** The entry if no handler wrote it, else null. */
    synchronized JournalEntry untakenJournal() {
        if (journalTaken) {
            return null;
        }
        journalTaken = true;
        return journal;
    }

    /** Runs once the answer to this CALL is on the wire (e.g. boot state changes that allow commands). */
    public synchronized void afterReply(Runnable action) {
        Runnable previous = afterReply;
        afterReply = previous == null ? action : () -> {
            previous.run();
            action.run();
        };
    }

    synchronized Runnable takeAfterReply() {
        Runnable action = afterReply;
        afterReply = null;
        return action;
    }
}
