package com.wallbill.panel.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Session rows for the benchmark, generated on the fly in the 12 columns of the panel's sessions export:
 * deterministic, with accented names and realistic magnitudes. Keeps the refund total (column {@link #REFUND}) in
 * cents so the file can be checked against it.
 */
final class SyntheticSessions {

    static final int REFUND = 9;
    static final List<Column> COLUMNS = List.of(
            new Column("Session", ColumnType.INTEGER),
            new Column("Charge point", ColumnType.TEXT, 14),
            new Column("Employee id", ColumnType.INTEGER),
            new Column("Employee", ColumnType.TEXT, 24),
            new Column("Start", ColumnType.DATE_TIME),
            new Column("End", ColumnType.DATE_TIME),
            new Column("Duration", ColumnType.DURATION),
            new Column("Energy (kWh)", ColumnType.DECIMAL_3),
            new Column("Cost", ColumnType.DECIMAL_2),
            new Column("Refund", ColumnType.DECIMAL_2),
            new Column("Refund status", ColumnType.TEXT, 16),
            new Column("Currency", ColumnType.TEXT, 10));

    private static final String[] NAMES = {
        "Núria Puig", "José Álvarez", "Zoë Müller", "François Lefèvre", "Łukasz Wójcik", "Ana Gómez",
        "Søren Østergaard", "Iñaki Etxeberria", "Chloé Dubois", "Jürgen Groß", "María José Pérez", "Tomás Šimek",
    };
    private static final String[] DEVICES = new String[500];
    private static final String[] STATUSES = {"PENDING", "APPROVED", "PAID", "REJECTED"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    static {
        for (int i = 0; i < DEVICES.length; i++) {
            DEVICES[i] = String.format("WB-%05d", 10_000 + i);
        }
    }

    private final SplittableRandom random = new SplittableRandom(42);
    private final Object[] row = new Object[COLUMNS.size()];
    private long refundCents;

    /** The next row; the array is reused, as a database page reader would reuse its buffer. */
    Object[] next(long index) {
        Instant start = START.plusSeconds(index * 31 + random.nextInt(60));
        Duration duration = Duration.ofSeconds(600 + random.nextInt(12 * 3600));
        long wattHours = duration.getSeconds() * (3_700 + random.nextInt(7_400)) / 3600;
        long costCents = wattHours * 25 / 100;
        long refund = costCents * 4 / 5;
        refundCents += refund;
        int employee = (int) (index % 2_000);
        row[0] = index + 1;
        row[1] = DEVICES[employee % DEVICES.length];
        row[2] = 70_000L + employee;
        row[3] = NAMES[employee % NAMES.length];
        row[4] = start;
        row[5] = start.plus(duration);
        row[6] = duration;
        row[7] = BigDecimal.valueOf(wattHours, 3);
        row[8] = BigDecimal.valueOf(costCents, 2);
        row[9] = BigDecimal.valueOf(refund, 2);
        row[10] = STATUSES[random.nextInt(STATUSES.length)];
        row[11] = "EUR";
        return row;
    }

    BigDecimal refundTotal() {
        return BigDecimal.valueOf(refundCents, 2);
    }
}
