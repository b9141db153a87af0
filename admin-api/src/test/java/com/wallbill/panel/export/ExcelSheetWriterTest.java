package com.wallbill.panel.export;

import static com.wallbill.panel.export.Exports.MADRID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The sheet as POI reads it back: header, layout, one row of every type, totals, and the writer's lifecycle. */
class ExcelSheetWriterTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("Employee", ColumnType.TEXT),
            new Column("Session", ColumnType.INTEGER),
            new Column("Refund", ColumnType.DECIMAL_2),
            new Column("Energy (kWh)", ColumnType.DECIMAL_3, 9),
            new Column("Start", ColumnType.DATE_TIME),
            new Column("Duration", ColumnType.DURATION));
    private static final Instant START = Instant.parse("2025-06-01T20:05:00Z");

    @Test
    void headerIsBoldFrozenAndFilteredWithTheGivenWidths() {
        XSSFSheet sheet = Exports.read(Exports.write(COLUMNS, sessionRow())).getSheetAt(0);

        Row header = sheet.getRow(0);
        assertThat(header.getLastCellNum()).isEqualTo((short) 6);
        for (int i = 0; i < COLUMNS.size(); i++) {
            XSSFCell cell = (XSSFCell) header.getCell(i);
            assertThat(cell.getStringCellValue()).isEqualTo(COLUMNS.get(i).header());
            assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getColumnWidth(i)).isEqualTo(COLUMNS.get(i).width() * 256);
        }
        assertThat(sheet.getColumnWidth(3)).isEqualTo(9 * 256);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F2");
        assertThat(sheet.getWorkbook().getName("_xlnm._FilterDatabase").getRefersToFormula())
                .isEqualTo("'Sessions'!$A$1:$F$2");
    }

    @Test
    void eachTypeHasItsCellTypeValueAndFormat() {
        XSSFSheet sheet = Exports.read(Exports.write(COLUMNS, sessionRow())).getSheetAt(0);
        Row row = sheet.getRow(1);
        DataFormatter shown = new DataFormatter(Locale.US);

        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Núria Puig");
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1_234_567.0);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(42.125);
        assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
        assertThat(row.getCell(4).getLocalDateTimeCellValue()).hasToString("2025-06-01T22:05");
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1.5 / 24);
        for (int i = 1; i < COLUMNS.size(); i++) {
            assertThat(row.getCell(i).getCellType()).as(COLUMNS.get(i).header()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(i).getCellStyle().getDataFormatString())
                    .isEqualTo(COLUMNS.get(i).type().formatCode());
        }
        assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
        assertThat(List.of(row.getCell(1), row.getCell(2), row.getCell(3), row.getCell(4), row.getCell(5)))
                .extracting(shown::formatCellValue)
                .containsExactly("1234567", "1,234.50", "42.125", "2025-06-01 22:05", "1:30:00");
    }

    @Test
    void moneyTotalInExcelEqualsTheSumWritten() {
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        BigDecimal written = BigDecimal.ZERO;
        for (int i = 0; i < 2_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 100_000_000_000_00L, 2);
            written = written.add(amount);
            rows.add(new Object[] {amount});
        }
        rows.add(new Object[] {new BigDecimal("9999999999.99")});
        written = written.add(new BigDecimal("9999999999.99"));

        XSSFSheet sheet = Exports.read(Exports.write(List.of(new Column("Refund", ColumnType.DECIMAL_2)),
                rows.toArray(Object[][]::new))).getSheetAt(0);

        BigDecimal read = BigDecimal.ZERO;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            BigDecimal cell = BigDecimal.valueOf(sheet.getRow(r).getCell(0).getNumericCellValue());
            assertThat(cell).isEqualByComparingTo((BigDecimal) rows.get(r - 1)[0]);
            read = read.add(cell);
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
        assertThat(read).isEqualByComparingTo(written);
    }

    @Test
    void emptyExportIsAValidSheetWithOnlyTheHeader() {
        XSSFSheet sheet = Exports.read(Exports.write(COLUMNS)).getSheetAt(0);

        assertThat(sheet.getLastRowNum()).isZero();
        assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Duration");
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F1");
    }

    @Test
    void nullLeavesTheCellEmpty() {
        Row row = Exports.read(Exports.write(COLUMNS, new Object[] {"x", null, null, null, null, null}))
                .getSheetAt(0).getRow(1);

        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("x");
        assertThat(row.getCell(1)).isNull();
        assertThat(row.getLastCellNum()).isEqualTo((short) 1);
    }

    @Test
    void sheetNameIsEscapedAndQuotedInTheFilterRange() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheetWriter writer = ExcelSheetWriter.open(out, "Juan's <&> \"2025\"", COLUMNS, MADRID);
        writer.close();

        XSSFWorkbook workbook = Exports.read(out.toByteArray());
        assertThat(workbook.getSheetName(0)).isEqualTo("Juan's <&> \"2025\"");
        assertThat(workbook.getName("_xlnm._FilterDatabase").getRefersToFormula())
                .isEqualTo("'Juan''s <&> \"2025\"'!$A$1:$F$1");
    }

    @Test
    void sheetNamesExcelRefusesAreRejected() {
        for (String name : List.of("", " ", "a/b", "Q1?", "[x]", "'quoted'", "x".repeat(32))) {
            assertThatThrownBy(() -> ExcelSheetWriter.open(OutputStream.nullOutputStream(), name, COLUMNS, MADRID))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void writeRowTakesAListToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheetWriter writer = ExcelSheetWriter.open(out, "Sessions", COLUMNS, MADRID);
        writer.writeRow(List.of(sessionRow()));
        assertThat(writer.rowCount()).isEqualTo(1);
        writer.close();

        assertThat(Exports.read(out.toByteArray()).getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
                .isEqualTo(1_234_567.0);
    }

    @Test
    void closeDoesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ExcelSheetWriter.open(out, "Sessions", COLUMNS, MADRID).close();

        assertThat(closed[0]).isFalse();
    }

    @Test
    void abortedExportIsNotAReadableWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheetWriter writer = ExcelSheetWriter.open(out, "Sessions", COLUMNS, MADRID);
        writer.writeRow(sessionRow());
        writer.abort();

        assertThatThrownBy(() -> Exports.read(out.toByteArray())).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> writer.writeRow(sessionRow())).isInstanceOf(IllegalStateException.class);
    }

    static Object[] sessionRow() {
        return new Object[] {"Núria Puig", 1_234_567L, new BigDecimal("1234.50"), new BigDecimal("42.125"), START,
            Duration.ofMinutes(90)};
    }
}
