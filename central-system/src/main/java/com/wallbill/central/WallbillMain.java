package com.wallbill.central;

import com.wallbill.central.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts an embedded PostgreSQL before Quarkus reads its datasource configuration, unless an external
 * database is configured. Quarkus conventions stay intact: the fast-jar, QUARKUS_* variables, /q/health.
 */
@QuarkusMain
public final class WallbillMain {

    private WallbillMain() {
    }

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
