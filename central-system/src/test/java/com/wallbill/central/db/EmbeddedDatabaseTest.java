package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.central.ScratchDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void restartOnTheSameDirectoryKeepsEveryRecord() throws Exception {
        try (ScratchDirectory scratch = ScratchDirectory.create("wallbill-restart")) {
            restartKeepsRecords(scratch.path().resolve("pgdata"));
        }
    }

    @Test
    void commitsAreDurableBeforeTheyAreConfirmed() throws Exception {
        onFreshDatabase(s -> {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(s, "full_page_writes")).isEqualTo("on");
        });
    }

    @Test
    void newWalSegmentsAreNotZeroFilledWhileCommitsWait() throws Exception {
        onFreshDatabase(s -> {
            assertThat(setting(s, "wal_init_zero")).isEqualTo("off");
            assertThat(setting(s, "wal_recycle")).isEqualTo("on");
        });
    }

    private interface StatementCheck {
        void check(Statement s) throws Exception;
    }

    private static void onFreshDatabase(StatementCheck check) throws Exception {
        try (ScratchDirectory scratch = ScratchDirectory.create("wallbill-settings");
                EmbeddedDatabase db = EmbeddedDatabase.start(scratch.path().resolve("pgdata"), 0);
                Connection c = connect(db);
                Statement s = c.createStatement()) {
            check.check(s);
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rows = s.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void restartKeepsRecords(Path dir) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0)) {
            try (Connection c = connect(first); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('session 1')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0);
                Connection c = connect(second);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("session 1");
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        Map<String, String> config = db.quarkusConfig();
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
