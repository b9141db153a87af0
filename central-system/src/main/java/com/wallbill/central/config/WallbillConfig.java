package com.wallbill.central.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Wallbill's own settings ({@code wallbill.*}, or {@code WALLBILL_*} environment variables). */
@ConfigMapping(prefix = "wallbill")
public interface WallbillConfig {

    Ocpp ocpp();

    Persistence persistence();

    Operator operator();

    Database database();

    Events events();

    Journal journal();

    interface Journal {
        /**
         * How long the raw journal of inbound frames is kept: whole days older than this are dropped (at least
         * this long is kept). 0 keeps it forever.
         */
        @WithDefault("90d")
        Duration retention();
    }

    interface Ocpp {
        /**
         * What happens to a charger id we do not know: {@code accept} registers it (evaluation), {@code reject}
         * answers HTTP 404 at the handshake. Unset: accept on the embedded database, reject on an external one.
         */
        Optional<UnknownChargePointPolicy> unknownChargePoints();

        /** A connection that answers no ping for this long is closed and its charger shown offline. */
        @WithDefault("60s")
        Duration deadConnectionTimeout();

        /** How long a command sent to a charger waits for its answer. */
        @WithDefault("30s")
        Duration callTimeout();

        /** Heartbeat interval told to chargers in the BootNotification answer. */
        @WithDefault("300s")
        Duration heartbeatInterval();

        /** Retry interval told to chargers whose BootNotification is answered Pending or Rejected. */
        @WithDefault("60s")
        Duration bootRetryInterval();

        /**
         * A session with no message for this long is closed by the central system (flagged STOP_TIMEOUT), at its
         * last reading, so it is billed and not left open forever. Long: a charger that sends no meter values is
         * silent for a whole weekend-long session.
         */
        @WithDefault("168h")
        Duration staleSessionTimeout();

        /** Largest inbound WebSocket frame accepted, in bytes. */
        @WithDefault("65536")
        int maxFrameSize();
    }

    interface Persistence {
        /** Most OCPP messages written in one database transaction (group commit). */
        @WithDefault("512")
        int maxGroupSize();

        /** Group commits running at once; each takes one pooled connection. */
        @WithDefault("1")
        int maxConcurrentGroups();

        /**
         * How long a message may wait for others to join its group before the group starts (unless the group is
         * full). A commit costs the database about as much as the rows of several messages, so a short wait makes
         * the groups of a moderate load larger and the cost per message lower.
         */
        @WithDefault("2ms")
        Duration groupLinger();

        /** A group commit still running after this is abandoned and its messages answered with an error. */
        @WithDefault("30s")
        Duration groupTimeout();
    }

    interface Events {
        /**
         * SessionUpdated goes out at most once per session in this interval, with the latest reading (0: with
         * every meter value). Every reading is stored regardless, and SessionCompleted carries them all.
         */
        @WithDefault("30s")
        Duration sessionUpdatedInterval();

        /**
         * Where the session-events topic lives: {@code wallbill-local} (within this process) or {@code smallrye-kafka}
         * (a Kafka cluster, {@code KAFKA_BOOTSTRAP_SERVERS}: for several nodes, or consumers outside the app). The
         * channels of application.properties read it.
         */
        String connector();

        /** The topic's name (on Kafka, the topic the events are written to and billing reads them from). */
        String topic();
    }

    interface Operator {
        /** Bearer token of the operator API. */
        String token();
    }

    interface Database {
        /** Set by WallbillMain: true when the embedded PostgreSQL serves this instance. */
        @WithDefault("false")
        boolean embedded();
    }

    enum UnknownChargePointPolicy {
        ACCEPT, REJECT
    }

    /** The policy in force: the configured one, or the default that suits the database in use. */
    default UnknownChargePointPolicy unknownChargePointPolicy() {
        return ocpp().unknownChargePoints().orElse(
                database().embedded() ? UnknownChargePointPolicy.ACCEPT : UnknownChargePointPolicy.REJECT);
    }
}
