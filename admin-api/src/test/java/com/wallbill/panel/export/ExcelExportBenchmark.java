package com.wallbill.panel.export;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * Writes N synthetic session rows (default 1,000,000) through {@link ExcelSheetWriter} to a file, prints rows/s,
 * file size and peak heap, then re-reads the file with POI's streaming reader and checks the row count and the
 * refund total. Exit status 1 if the check fails. Run by {@code bench/excel-export-benchmark.sh}.
 *
 * <pre>ExcelExportBenchmark [rows] [file] [writer]</pre>
 *
 * {@code writer} is {@code xlsx} (this package, the default) or one of the POI SXSSF baselines of
 * {@link SxssfBaseline}, kept to check the choice made in {@link ExcelSheetWriter}.
 */
public final class ExcelExportBenchmark {

    private static final double MIB = 1024.0 * 1024.0;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("sessions-", ".xlsx");
        String writer = args.length > 2 ? args[2] : "xlsx";
        ZoneId zone = ZoneId.of("Europe/Madrid");

        SyntheticSessions sessions = new SyntheticSessions();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            if (writer.equals("xlsx")) {
                ExcelSheetWriter sheet = ExcelSheetWriter.open(out, "Sessions", SyntheticSessions.COLUMNS, zone);
                for (long i = 0; i < rows; i++) {
                    sheet.writeRow(sessions.next(i));
                }
                sheet.close();
            } else {
                SxssfBaseline.write(writer, out, rows, sessions, zone);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        System.out.printf("writer:        %s%n", writer);
        System.out.printf("rows:          %,d x %d columns in %.2f s%n", rows, SyntheticSessions.COLUMNS.size(), seconds);
        System.out.printf("throughput:    %,.0f rows/s%n", rows / seconds);
        System.out.printf("file:          %s, %.1f MiB%n", file, Files.size(file) / MIB);
        System.out.printf("heap:          peak %.1f MiB used while writing (sum of pool peaks, garbage included), "
                        + "max %.0f MiB%n",
                peakHeap / MIB, Runtime.getRuntime().maxMemory() / MIB);

        long readStart = System.nanoTime();
        SheetScan.Result scan = SheetScan.scan(file, SyntheticSessions.REFUND);
        boolean ok = scan.dataRows() == rows && scan.sum().compareTo(sessions.refundTotal()) == 0;
        System.out.printf("verification:  %s: streamed back %,d data rows, refund sum %s (expected %,d rows, %s) "
                        + "in %.1f s%n", ok ? "OK" : "FAILED", scan.dataRows(), scan.sum().toPlainString(), rows,
                sessions.refundTotal().toPlainString(), (System.nanoTime() - readStart) / 1e9);
        if (!ok) {
            System.exit(1);
        }
    }

    /** The heap pools: their peaks, summed, bound the heap the export needed from above (garbage not yet collected included). */
    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }

    private ExcelExportBenchmark() {
    }
}
