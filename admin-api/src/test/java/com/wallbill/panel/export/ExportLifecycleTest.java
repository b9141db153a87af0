package com.wallbill.panel.export;

import static com.wallbill.panel.export.Exports.MADRID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows go through in pages, bad rows leave no trace, and the writer ends cleanly. */
class ExportLifecycleTest {

    private static final List<Column> ONE_TEXT = List.of(new Column("Name", ColumnType.TEXT));

    @Test
    void writingAfterCloseFailsClearly() throws IOException {
        ExcelSheetWriter writer = ExcelSheetWriter.open(new ByteArrayOutputStream(), "Sessions", ONE_TEXT, MADRID);
        writer.close();
        writer.close(); // idempotent

        assertThatThrownBy(() -> writer.writeRow("late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the export of sheet 'Sessions' is already closed");
    }

    @Test
    void rowOfTheWrongWidthIsRejected() throws IOException {
        ExcelSheetWriter writer = ExcelSheetWriter.open(new ByteArrayOutputStream(), "Sessions", ONE_TEXT, MADRID);

        assertThatThrownBy(() -> writer.writeRow("a", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 1 values, got 2");
    }

    @Test
    void sheetStopsAtExcelsLastRow() throws IOException {
        ExcelSheetWriter writer = ExcelSheetWriter.open(OutputStream.nullOutputStream(), "Sessions",
                List.of(new Column("n", ColumnType.INTEGER)), MADRID);
        Object[] row = {1L};
        for (int i = 0; i < ExcelSheetWriter.MAX_ROWS; i++) {
            writer.writeRow(row);
        }

        assertThatThrownBy(() -> writer.writeRow(row))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 1048575 rows");
        writer.close();
    }

    @Test
    void rejectedRowLeavesNoTraceAndTheExportGoesOn() throws IOException {
        List<Column> columns = List.of(new Column("Name", ColumnType.TEXT), new Column("Refund", ColumnType.DECIMAL_2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheetWriter writer = ExcelSheetWriter.open(out, "Sessions", columns, MADRID);
        writer.writeRow("Ana", new BigDecimal("1.00"));
        assertThatThrownBy(() -> writer.writeRow("Bad", "not money"))
                .hasMessage("row 3: column 'Refund' (DECIMAL_2) cannot hold a java.lang.String: not money");
        writer.writeRow("Luis", new BigDecimal("2.00"));
        writer.close();

        XSSFSheet sheet = Exports.read(out.toByteArray()).getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Luis");
        assertThat(writer.rowCount()).isEqualTo(2);
    }

    @Test
    void manyPagesStreamThroughAndReadBackWithPoisStreamingReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sessions.xlsx");
        SyntheticSessions sessions = new SyntheticSessions();
        int rows = 10_000; // about 100 times the flush threshold
        try (OutputStream out = Files.newOutputStream(file)) {
            ExcelSheetWriter writer = ExcelSheetWriter.open(out, "Sessions", SyntheticSessions.COLUMNS, MADRID);
            for (int i = 0; i < rows; i++) {
                writer.writeRow(sessions.next(i));
            }
            writer.close();
        }

        SheetScan.Result scan = SheetScan.scan(file, SyntheticSessions.REFUND);
        assertThat(scan.dataRows()).isEqualTo(rows);
        assertThat(scan.sum()).isEqualByComparingTo(sessions.refundTotal());
        XSSFSheet sheet = Exports.read(Files.readAllBytes(file)).getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(rows);
        assertThat(sheet.getRow(rows).getCell(0).getNumericCellValue()).isEqualTo(rows);
    }

    /** A guard for whoever swaps the engine for one that spools to disk (as SXSSF does): nothing may stay behind. */
    @Test
    void leavesNoTempFilesBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String marker = "export-marker-" + UUID.randomUUID();
        FileTime started = FileTime.from(Instant.now().minusSeconds(1));

        ExcelSheetWriter writer = ExcelSheetWriter.open(OutputStream.nullOutputStream(), "Sessions", ONE_TEXT, MADRID);
        for (int i = 0; i < 20_000; i++) {
            writer.writeRow(marker);
        }
        writer.close();

        // Other processes create and delete files in the temp directory meanwhile: a walk that tolerates files
        // vanishing under it, where Files.walk would fail the test.
        java.util.List<Path> newFiles = new java.util.ArrayList<>();
        Files.walkFileTree(tmp, java.util.Set.of(), 2, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                if (isNewFile(file, started)) {
                    newFiles.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        assertThat(newFiles).noneMatch(f -> contains(f, marker));
    }

    private static boolean isNewFile(Path file, FileTime since) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(since) >= 0;
        } catch (IOException e) {
            return false; // gone already, or someone else's
        }
    }

    private static boolean contains(Path file, String marker) {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(2);
            byte[] content = head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B
                    ? new GZIPInputStream(Files.newInputStream(file)).readAllBytes()
                    : Files.readAllBytes(file);
            return new String(content, StandardCharsets.ISO_8859_1).contains(marker);
        } catch (IOException e) {
            return false;
        }
    }
}
