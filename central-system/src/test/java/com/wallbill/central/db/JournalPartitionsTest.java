package com.wallbill.central.db;

import static com.wallbill.central.TestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.central.db.JournalPartitions.Partition;
import com.wallbill.central.db.JournalPartitions.Round;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The journal is partitioned by day: partitions of the coming days exist ahead, whole days past the retention are
 * dropped, and frames that had no partition are neither lost nor kept forever.
 */
@QuarkusTest
class JournalPartitionsTest {

    @Inject
    Pool pool;

    @Inject
    JournalPartitions journal;

    /** A journal of the test's own, shaped like the real one, so that its days can be moved at will. */
    private final String table = "journal_test_" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate day0 = LocalDate.of(2026, 3, 1);

    @AfterEach
    void dropTable() {
        await(pool.query("DROP TABLE IF EXISTS " + table + " CASCADE").execute());
    }

    @Test
    void theAppsJournalHasThePartitionsOfTheComingDays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Partition> partitions = await(journal.partitions());

        assertThat(partitions).filteredOn(Partition::isDefault).extracting(Partition::name)
                .containsExactly("ocpp_journal_default");
        for (int d = 1; d <= JournalPartitions.DAYS_AHEAD; d++) {
            Instant start = today.plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant();
            assertThat(partitions).as("partition of " + today.plusDays(d))
                    .anyMatch(p -> p.overlaps(start, start.plusSeconds(86_400)));
        }
        // The frames the app writes land in a day's partition, not in the default one.
        await(pool.query("INSERT INTO ocpp_journal (charge_point_id, connection_id, received_at, frame) "
                + "VALUES ('cp-journal-probe', 1, now(), '[2,\"1\",\"Heartbeat\",{}]')").execute());
        // (today's is the partition of the rows from before the migration while that is today)
        assertThat(partitionOf("ocpp_journal", "charge_point_id = 'cp-journal-probe'")).hasSize(1)
                .isSubsetOf("ocpp_journal_until_v9", "ocpp_journal_p" + today.toString().replace("-", ""));
    }

    @Test
    void comingDaysAreCreatedAndFramesThatWaitedInTheDefaultPartitionMoveIntoTheirDay() {
        createJournal();
        insert(day0.minusDays(100), "old");
        insert(day0.plusDays(2), "early");
        insert(day0.plusDays(30), "stray");
        JournalPartitions partitions = new JournalPartitions(pool, table, Duration.ofDays(30));

        Round first = await(partitions.maintain(at(day0, 12)));

        assertThat(first.created()).containsExactly(names(day0, 0, 7));
        assertThat(first.dropped()).isEmpty();
        assertThat(partitionOf(table, "frame = 'early'")).containsExactly(table + "_p20260303");
        assertThat(partitionOf(table, "frame = 'old'")).containsExactly(table + "_legacy");
        assertThat(partitionOf(table, "frame = 'stray'")).containsExactly(table + "_default");

        Round again = await(partitions.maintain(at(day0, 13)));
        assertThat(again).isEqualTo(new Round(List.of(), List.of(), 0));
    }

    @Test
    void wholeDaysPastTheRetentionAreDroppedAndNothingYounger() {
        createJournal();
        insert(day0.minusDays(100), "old");
        insert(day0.plusDays(2), "early");
        insert(day0.plusDays(30), "stray");
        JournalPartitions partitions = new JournalPartitions(pool, table, Duration.ofDays(30));
        await(partitions.maintain(at(day0, 12)));

        // 40 days on: the cutoff is day0 + 10 d 12 h, so day0 + 9 is the last day wholly past it.
        Round later = await(partitions.maintain(at(day0.plusDays(40), 12)));

        assertThat(later.dropped()).containsExactlyInAnyOrder(concat(table + "_legacy", names(day0, 0, 7)));
        assertThat(later.created()).containsExactly(names(day0.plusDays(40), 0, 7));
        assertThat(frames()).containsExactlyInAnyOrder("stray");

        // 80 days on the stray frame, kept in the default partition, is past the retention too.
        Round muchLater = await(partitions.maintain(at(day0.plusDays(80), 12)));
        assertThat(muchLater.expiredDefaultRows()).isEqualTo(1);
        assertThat(frames()).isEmpty();
    }

    @Test
    void aRetentionOfZeroKeepsEverything() {
        createJournal();
        insert(day0.minusDays(400), "ancient");
        JournalPartitions partitions = new JournalPartitions(pool, table, Duration.ZERO);

        Round round = await(partitions.maintain(at(day0.plusDays(400), 0)));

        assertThat(round.dropped()).isEmpty();
        assertThat(frames()).containsExactly("ancient");
    }

    private void createJournal() {
        await(pool.query("""
                CREATE TABLE %1$s (LIKE ocpp_journal INCLUDING DEFAULTS) PARTITION BY RANGE (received_at);
                CREATE TABLE %1$s_default PARTITION OF %1$s DEFAULT;
                CREATE TABLE %1$s_legacy PARTITION OF %1$s FOR VALUES FROM (MINVALUE) TO ('%2$s')"""
                .formatted(table, day0.atStartOfDay(ZoneOffset.UTC).toInstant())).execute());
    }

    private void insert(LocalDate day, String frame) {
        await(pool.preparedQuery("INSERT INTO " + table
                + " (charge_point_id, connection_id, received_at, frame) VALUES ('cp', 1, $1, $2)")
                .execute(Tuple.of(day.atTime(10, 0).atOffset(ZoneOffset.UTC), frame)));
    }

    private List<String> frames() {
        return await(pool.query("SELECT frame FROM " + table).execute()
                .map(rows -> {
                    List<String> out = new java.util.ArrayList<>();
                    rows.forEach(row -> out.add(row.getString("frame")));
                    return out;
                }));
    }

    private List<String> partitionOf(String journal, String where) {
        return await(pool.query("SELECT DISTINCT tableoid::regclass::text AS p FROM " + journal + " WHERE " + where)
                .execute().map(rows -> {
                    List<String> out = new java.util.ArrayList<>();
                    for (Row row : rows) {
                        out.add(row.getString("p"));
                    }
                    return out;
                }));
    }

    private String[] names(LocalDate first, int fromDay, int toDay) {
        String[] out = new String[toDay - fromDay + 1];
        for (int d = fromDay; d <= toDay; d++) {
            out[d - fromDay] = table + "_p" + first.plusDays(d).toString().replace("-", "");
        }
        return out;
    }

    private static String[] concat(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
