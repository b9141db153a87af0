package com.wallbill.central;

import com.wallbill.central.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts an embedded PostgreSQL before Quarkus reads its datasource configuration, unless an external
 * database is configured, and sizes the event loops for OCPP traffic. Quarkus conventions stay intact: the
 * fast-jar, QUARKUS_* variables, /q/health.
 */
@QuarkusMain
public final class WallbillMain {

    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";

    private WallbillMain() {
    }

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        eventLoopsDefault(System.getenv(), System.getProperties(), Runtime.getRuntime().availableProcessors())
                .ifPresent(loops -> System.setProperty(EVENT_LOOPS, loops));
        Quarkus.run(args);
    }

    /**
     * One event loop per two cores unless configured (Quarkus's default is two per core). The OCPP traffic is
     * many small messages whose handling hops between a charger's loop and the database connection's loop; with
     * fewer loops more of those hops stay on one thread, and each loop wakes up less often per message. Measured
     * on two cores with 10,000 chargers (load phase alone): 1.05 wake-ups and 83-86 µs of server CPU per message
     * with one loop, 1.8 and 94-105 µs with four (README, performance).
     */
    static Optional<String> eventLoopsDefault(Map<String, String> environment, Properties system, int cores) {
        if (system.getProperty(EVENT_LOOPS) != null
                || environment.containsKey("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE")) {
            return Optional.empty();
        }
        return Optional.of(Integer.toString(Math.max(1, cores / 2)));
    }
}
