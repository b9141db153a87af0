package com.wallbill.central.session;

import com.wallbill.billing.session.SessionEvent.SessionUpdated;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * At most one SessionUpdated per session per interval, always the latest reading. A charger reporting every few
 * seconds would otherwise put one event per meter value on the channel (and on Kafka), although a consumer only
 * ever needs the running session's latest register; every reading stays in the database, and SessionCompleted
 * carries them all.
 *
 * <p>The first update of a session goes out at once; later ones inside the interval are held, the newest
 * replacing the older. The first reading after the interval goes out at once, so the updates of sessions that keep
 * reporting leave spread over time, as their readings arrive. The periodic {@link #flushDue} sends the held update
 * of a session that fell silent, once a grace of a quarter interval has passed as well: left to the flush, the
 * updates of a whole fleet came due together, and a burst of thousands held the event loop for tens of ms.
 * SessionCompleted drops a held update, so a held update never follows the completion of its session.
 */
final class UpdateThrottle {

    private final long intervalNanos;
    private final long flushAfterNanos;
    private final LongSupplier nanoClock;
    private final Map<Long, Slot> slots = new ConcurrentHashMap<>();

    UpdateThrottle(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.flushAfterNanos = intervalNanos + intervalNanos / 4;
        this.nanoClock = nanoClock;
    }

    /** Publishes {@code update} through {@code publish} now if its session's interval has passed, else holds it. */
    void offer(SessionUpdated update, Consumer<SessionUpdated> publish) {
        if (intervalNanos == 0) {
            publish.accept(update);
            return;
        }
        while (true) {
            Slot slot = slots.computeIfAbsent(update.sessionId(), id -> new Slot());
            synchronized (slot) {
                if (slot.gone) {
                    continue; // removed between the lookup and the lock: start over with a fresh slot
                }
                long now = nanoClock.getAsLong();
                if (!slot.published || now - slot.publishedAt >= intervalNanos) {
                    slot.pending = null;
                    slot.published = true;
                    slot.publishedAt = now;
                    publish.accept(update);
                } else if (slot.pending == null || !update.sampledAt().isBefore(slot.pending.sampledAt())) {
                    slot.pending = update;
                }
                return;
            }
        }
    }

    /** The session completed: its held update, if any, is dropped. Call before publishing SessionCompleted. */
    void completed(long sessionId) {
        Slot slot = slots.remove(sessionId);
        if (slot != null) {
            synchronized (slot) {
                slot.gone = true;
                slot.pending = null;
            }
        }
    }

    /**
     * Publishes held updates whose interval and grace have passed (their session fell silent); forgets sessions
     * with nothing held that were quiet for a whole interval.
     */
    void flushDue(Consumer<SessionUpdated> publish) {
        long now = nanoClock.getAsLong();
        Iterator<Map.Entry<Long, Slot>> entries = slots.entrySet().iterator();
        while (entries.hasNext()) {
            Slot slot = entries.next().getValue();
            synchronized (slot) {
                if (slot.gone || now - slot.publishedAt < intervalNanos) {
                    continue;
                }
                if (slot.pending != null) {
                    if (now - slot.publishedAt < flushAfterNanos) {
                        continue; // its session's next reading, if any comes soon, sends the newest at once
                    }
                    SessionUpdated held = slot.pending;
                    slot.pending = null;
                    slot.publishedAt = now;
                    publish.accept(held);
                } else {
                    // Nothing held and the interval is over: the next update would go out at once anyway.
                    slot.gone = true;
                    entries.remove();
                }
            }
        }
    }

    /** Sessions currently tracked (held update or interval running). */
    int tracked() {
        return slots.size();
    }

    private static final class Slot {
        boolean published;
        long publishedAt;
        SessionUpdated pending;
        boolean gone;
    }
}
