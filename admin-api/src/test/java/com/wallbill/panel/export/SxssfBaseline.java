package com.wallbill.panel.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The same export with POI's SXSSF, tuned (small row window, no shared strings table, one style per column),
 * with the temp file plain ({@code sxssf}) or gzipped ({@code sxssf-gz}). Only for the benchmark's comparison.
 */
final class SxssfBaseline {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private SxssfBaseline() {
    }

    static void write(String variant, OutputStream out, int rows, SyntheticSessions sessions, ZoneId zone)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 16, variant.equals("sxssf-gz"), false);
        try {
            List<Column> columns = SyntheticSessions.COLUMNS;
            SXSSFSheet sheet = workbook.createSheet("Sessions");
            CellStyle[] styles = new CellStyle[columns.size()];
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                styles[c] = workbook.createCellStyle();
                styles[c].setDataFormat(workbook.createDataFormat().getFormat(columns.get(c).type().formatCode()));
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
                header.createCell(c).setCellValue(columns.get(c).header());
                header.getCell(c).setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows; r++) {
                Object[] values = sessions.next(r);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < values.length; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(styles[c]);
                    Object v = values[c];
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Long l) {
                        cell.setCellValue(l);
                    } else if (v instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else if (v instanceof Instant i) {
                        cell.setCellValue(LocalDateTime.ofInstant(i, zone));
                    } else if (v instanceof Duration d) {
                        cell.setCellValue(d.toMillis() / 1000.0 / SECONDS_PER_DAY);
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns.size() - 1));
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
