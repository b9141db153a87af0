package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wallbill.central.TestSupport;
import com.wallbill.central.ocpp.ChargePointActivity;
import com.wallbill.central.ocpp.ChargePointDirectory;
import com.wallbill.central.ocpp.ChargePointService;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OCPP hot path's statements, planned while their tables are as small as on a fresh install, must still be
 * per-row index probes: PostgreSQL keeps using such a plan while the tables grow, until they are next analyzed.
 */
@QuarkusTest
class IndexProbesTest {

    /** The classes whose SQL runs for every message or handshake. */
    private static final List<Class<?>> HOT_PATH = List.of(GroupCommitter.class, ChargePointService.class,
            ChargePointDirectory.class, ChargePointActivity.class, sessionSql());
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(WITH|SELECT|INSERT|UPDATE|DELETE)\\b",
            Pattern.CASE_INSENSITIVE);

    @Inject
    Pool pool;

    @Test
    void hotPathStatementsProbeByIndexEvenWhenPlannedOnEmptyTables() {
        Map<String, String> statements = hotPathStatements();
        assertThat(statements).hasSizeGreaterThan(15);

        Map<String, JsonNode> plans = TestSupport.await(pool.withConnection(c -> c.begin().compose(tx ->
                // empty tables, as on a fresh install; rolled back with everything else
                c.query("TRUNCATE charge_point, ocpp_journal CASCADE").execute()
                        .compose(x -> explainAll(c, statements))
                        .eventually(() -> tx.rollback()))));

        plans.forEach((name, plan) -> {
            String shown = name + ":\n" + plan.toPrettyString();
            assertThat(plan.findValues("Node Type")).as(shown).extracting(JsonNode::asText)
                    .doesNotContain("Seq Scan", "Hash Join", "Merge Join", "Hash");
            assertThat(plan.toString()).as(shown).doesNotContain("hashed SubPlan");
        });
    }

    @Test
    void withoutTheSettingsTheMeterValueInsertWouldHashEveryTransactionEvent() {
        // The premise of the test above: on empty tables the planner's own choice is a scan of the whole table.
        String sql = hotPathStatements().get("SessionSql.READINGS_BATCH");
        JsonNode plan = TestSupport.await(pool.withConnection(c -> c.begin().compose(tx ->
                c.query("TRUNCATE charge_point, ocpp_journal CASCADE").execute()
                        .compose(x -> explain(c, sql))
                        .eventually(() -> tx.rollback()))));

        assertThat(plan.toString()).contains("Seq Scan");
    }

    private static Future<Map<String, JsonNode>> explainAll(SqlConnection c, Map<String, String> statements) {
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        Future<?> chain = c.query(IndexProbes.SET_LOCAL).execute();
        for (Map.Entry<String, String> statement : statements.entrySet()) {
            chain = chain.compose(x -> explain(c, statement.getValue())
                    .onSuccess(plan -> plans.put(statement.getKey(), plan)));
        }
        return chain.map(x -> plans);
    }

    private static Future<JsonNode> explain(SqlConnection c, String sql) {
        return c.query("EXPLAIN (GENERIC_PLAN, FORMAT JSON) " + sql).execute()
                .map(rows -> json(rows.iterator().next().getValue(0).toString()));
    }

    /** Every SQL constant of the hot-path classes, by class and field name. */
    private static Map<String, String> hotPathStatements() {
        Map<String, String> statements = new LinkedHashMap<>();
        for (Class<?> type : HOT_PATH) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field);
                String sql = value instanceof StatementBatch batch ? batch.sql()
                        : value instanceof String text && STATEMENT.matcher(text).find() ? text : null;
                if (sql != null) {
                    statements.put(type.getSimpleName() + "." + field.getName(), sql);
                }
            }
        }
        return statements;
    }

    private static Object read(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> sessionSql() {
        try {
            return Class.forName("com.wallbill.central.session.SessionSql");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
