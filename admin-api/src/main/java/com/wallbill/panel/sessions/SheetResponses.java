package com.wallbill.panel.sessions;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.panel.export.Column;
import com.wallbill.panel.export.ExcelSheetWriter;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Excel downloads streamed from a database cursor: rows are fetched a few thousand at a time inside one read
 * transaction (one consistent snapshot however long the download takes) and written to the response as they come,
 * so an export of a million rows holds two batches in memory, never the result. The next batch is fetched while
 * the current one is written. Runs on a worker thread: the response stream blocks while the client is slow.
 */
@ApplicationScoped
public class SheetResponses {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows per cursor fetch: large enough to amortise the round trip, small enough to keep memory flat. */
    static final int FETCH_ROWS = 4000;
    /**
     * Downloads running at once. Each holds one of billing's connections for its whole duration (seconds for a
     * million rows), so a burst of downloads must leave connections to lists and the month close; the others wait.
     */
    static final int CONCURRENT_EXPORTS = 2;
    private static final long WAIT_FOR_SLOT_SECONDS = 60;
    private static final long DATABASE_TIMEOUT_SECONDS = 120;
    private static final Logger LOG = Logger.getLogger(SheetResponses.class);

    /** Turns each fetched row into the cells of one sheet row; may add a last row (totals) at the end. */
    public interface SheetRows {
        Object[] cells(Row row);

        /** A row written after the last one, or null for none. */
        default Object[] last() {
            return null;
        }
    }

    private final Pool pool;
    private final Semaphore slots = new Semaphore(CONCURRENT_EXPORTS, true);

    SheetResponses(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    /**
     * A 200 response whose body is the sheet of the query's rows, written when the response is sent. The request
     * tells when the client has gone: writes to a closed connection are dropped silently, so without looking the
     * export would run to its end for nobody.
     */
    public Response xlsx(HttpServerRequest request, String fileName, String sheetName, List<Column> columns,
            ZoneId zone, String sql, Tuple args, SheetRows rows) {
        StreamingOutput body = out -> write(request, out, sheetName, columns, zone, sql, args, rows);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private void write(HttpServerRequest request, OutputStream out, String sheetName, List<Column> columns,
            ZoneId zone, String sql, Tuple args, SheetRows rows) throws IOException {
        acquireSlot();
        try {
            SqlConnection connection = await(pool.getConnection());
            try {
                Transaction transaction = await(connection.begin());
                try {
                    Cursor cursor = await(connection.prepare(sql)).cursor(args);
                    try {
                        copy(request, cursor, out, sheetName, columns, zone, rows);
                    } finally {
                        quietly(cursor.close());
                    }
                } finally {
                    quietly(transaction.rollback()); // read only: nothing to commit
                }
            } finally {
                quietly(connection.close());
            }
        } finally {
            slots.release();
        }
    }

    private static void copy(HttpServerRequest request, Cursor cursor, OutputStream out, String sheetName,
            List<Column> columns, ZoneId zone, SheetRows rows) throws IOException {
        ExcelSheetWriter sheet = ExcelSheetWriter.open(out, sheetName, columns, zone);
        try {
            Future<RowSet<Row>> next = cursor.read(FETCH_ROWS);
            while (next != null) {
                RowSet<Row> batch = await(next);
                if (request.response().closed()) {
                    throw new IOException("the client closed the connection");
                }
                next = cursor.hasMore() ? cursor.read(FETCH_ROWS) : null;
                for (Row row : batch) {
                    sheet.writeRow(rows.cells(row));
                }
            }
            Object[] last = rows.last();
            if (last != null) {
                sheet.writeRow(last);
            }
            sheet.close();
        } catch (IOException | RuntimeException e) {
            sheet.abort(); // a download cut short must not look like a complete, smaller file
            LOG.infof("Export of sheet '%s' stopped after %d rows: %s", sheetName, sheet.rowCount(), e.toString());
            throw e;
        }
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(WAIT_FOR_SLOT_SECONDS, TimeUnit.SECONDS)) {
                throw new WebApplicationException("Too many exports are running; try again in a minute",
                        Response.status(503).header("Retry-After", "60").build());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebApplicationException("Interrupted while waiting for an export slot", 503);
        }
    }

    /** Waits for a database step from the worker thread that writes the download. */
    public static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(DATABASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the database did not answer in " + DATABASE_TIMEOUT_SECONDS + " s", e);
        }
    }

    private static void quietly(Future<?> step) {
        try {
            await(step);
        } catch (RuntimeException e) {
            LOG.debugf("Ending an export: %s", e.toString());
        }
    }
}
