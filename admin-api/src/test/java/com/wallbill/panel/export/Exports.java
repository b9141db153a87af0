package com.wallbill.panel.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: write a small export to memory and open it with POI's full (in-memory) reader. */
final class Exports {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private Exports() {
    }

    static byte[] write(List<Column> columns, Object[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExcelSheetWriter writer = ExcelSheetWriter.open(out, "Sessions", columns, MADRID);
            for (Object[] row : rows) {
                writer.writeRow(row);
            }
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One-column export of the values, read back: row i + 1 holds value i. */
    static XSSFSheet column(ColumnType type, Object... values) {
        Object[][] rows = new Object[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new Object[] {values[i]};
        }
        return read(write(List.of(new Column("Value", type)), rows)).getSheetAt(0);
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
