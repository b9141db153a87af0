package com.wallbill.central;

import com.wallbill.central.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real PostgreSQL (embedded binaries, no Docker) in a fresh directory for each test run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private ScratchDirectory directory;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        directory = ScratchDirectory.create("wallbill-test-pg");
        database = EmbeddedDatabase.start(directory.path().resolve("data"), 0);
        return database.quarkusConfig();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
