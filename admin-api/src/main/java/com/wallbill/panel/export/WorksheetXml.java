package com.wallbill.panel.export;

import static com.wallbill.panel.export.XmlBytes.ascii;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The streamed worksheet part: head (frozen header view, column widths, header row), one {@code <row>} per call, and
 * a tail with the autofilter. Numbers are {@code <v>} cells with the column's style; text is an inline string
 * ({@code t="inlineStr"}), so no shared-strings table has to be kept in memory until the end. Cell references
 * ({@code r="B7"}) are written although optional: some readers need them to place cells.
 */
final class WorksheetXml {

    static final int MAX_COLUMNS = 16_384;

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_START_END = ascii("\">");
    private static final byte[] ROW_END = ascii("</row>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] TEXT_END = ascii("</t></is></c>");

    private final ColumnType[] types;
    private final String[] headers;
    private final int[] widths;
    private final ExcelTime time;
    /** Per column: {@code <c r="AB}, then the row number, then one of the two heads below. */
    private final byte[][] cellStart;
    /** Per column: {@code " s="3"><v>}. */
    private final byte[][] numberHead;
    /** Per column: {@code " s="3" t="inlineStr"><is><t>}, and the same with {@code xml:space="preserve"}. */
    private final byte[][] textHead;
    private final byte[][] textHeadPreserve;
    private final byte[] rowDigits = new byte[10];
    private int rowDigitsLength;

    WorksheetXml(List<Column> columns, ZoneId zone) {
        int n = columns.size();
        types = new ColumnType[n];
        headers = new String[n];
        widths = new int[n];
        cellStart = new byte[n][];
        numberHead = new byte[n][];
        textHead = new byte[n][];
        textHeadPreserve = new byte[n][];
        for (int i = 0; i < n; i++) {
            Column column = columns.get(i);
            types[i] = column.type();
            headers[i] = column.header();
            widths[i] = column.width();
            cellStart[i] = ascii("<c r=\"" + columnName(i));
            String style = "\" s=\"" + PackageParts.styleOf(column.type()) + "\"";
            numberHead[i] = ascii(style + "><v>");
            textHead[i] = ascii(style + " t=\"inlineStr\"><is><t>");
            textHeadPreserve[i] = ascii(style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        }
        time = new ExcelTime(zone);
    }

    /** Excel's name of a zero-based column index: A..Z, AA..ZZ, AAA... */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** The range from A1 to the last column of {@code lastRow}: {@code A1:L42}, or {@code $A$1:$L$42}. */
    String range(int lastRow, boolean absolute) {
        String dollar = absolute ? "$" : "";
        return dollar + "A" + dollar + "1:" + dollar + columnName(types.length - 1) + dollar + lastRow;
    }

    void head(XmlBytes xml) {
        xml.raw(PackageParts.XML_DECLARATION)
                .raw("<worksheet xmlns=\"" + PackageParts.MAIN_NS + "\"><sheetViews>"
                        + "<sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                        + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                        + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
                        + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widths.length; i++) {
            xml.raw("<col min=\"").number(i + 1).raw("\" max=\"").number(i + 1)
                    .raw("\" width=\"").number(widths[i]).raw("\" customWidth=\"1\"/>");
        }
        xml.raw("</cols><sheetData>");
        startRow(xml, 1);
        byte[] headerHead = ascii("\" s=\"" + PackageParts.HEADER_STYLE + "\" t=\"inlineStr\"><is><t>");
        for (int i = 0; i < headers.length; i++) {
            xml.raw(cellStart[i]).raw(rowDigits, rowDigitsLength).raw(headerHead).text(headers[i]).raw(TEXT_END);
        }
        xml.raw(ROW_END);
    }

    void tail(XmlBytes xml, int lastRow) {
        xml.raw("</sheetData><autoFilter ref=\"" + range(lastRow, false) + "\"/></worksheet>");
    }

    /**
     * Appends one row; {@code values} has one entry per column (the caller checks), a null leaves the cell empty.
     *
     * @throws IllegalArgumentException if a value does not fit its column; the row is then partly written
     */
    void row(XmlBytes xml, int rowNumber, Object[] values) {
        startRow(xml, rowNumber);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null) {
                cell(xml, i, value);
            }
        }
        xml.raw(ROW_END);
    }

    private void startRow(XmlBytes xml, int rowNumber) {
        int length = 0;
        for (int v = rowNumber; v > 0; v /= 10) {
            length++;
        }
        for (int i = length - 1, v = rowNumber; i >= 0; i--, v /= 10) {
            rowDigits[i] = (byte) ('0' + v % 10);
        }
        rowDigitsLength = length;
        xml.raw(ROW_START).raw(rowDigits, length).raw(ROW_START_END);
    }

    private void cell(XmlBytes xml, int column, Object value) {
        ColumnType type = types[column];
        if (type == ColumnType.TEXT) {
            String text = value.toString();
            boolean preserve = !text.isEmpty()
                    && (isXmlSpace(text.charAt(0)) || isXmlSpace(text.charAt(text.length() - 1)));
            xml.raw(cellStart[column]).raw(rowDigits, rowDigitsLength)
                    .raw(preserve ? textHeadPreserve[column] : textHead[column]).text(text).raw(TEXT_END);
            return;
        }
        xml.raw(cellStart[column]).raw(rowDigits, rowDigitsLength).raw(numberHead[column]);
        boolean written = switch (type) {
            case INTEGER -> integer(xml, value);
            case DECIMAL_2, DECIMAL_3 -> integer(xml, value) || decimal(xml, value);
            case DATE_TIME -> dateTime(xml, value);
            case DURATION -> duration(xml, value);
            case TEXT -> throw new AssertionError("handled above");
        };
        if (!written) {
            throw new IllegalArgumentException("column '" + headers[column] + "' (" + type + ") cannot hold a "
                    + value.getClass().getName() + ": " + value);
        }
        xml.raw(NUMBER_END);
    }

    private static boolean integer(XmlBytes xml, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            xml.number(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            xml.raw(big.toString());
        } else {
            return false;
        }
        return true;
    }

    /** A BigDecimal goes in as its exact decimal text; see {@link ExcelSheetWriter} on precision. */
    private static boolean decimal(XmlBytes xml, Object value) {
        if (value instanceof BigDecimal decimal) {
            if (decimal.precision() - decimal.scale() > 308) {
                throw new IllegalArgumentException("number too large for Excel: " + decimal);
            }
            xml.raw(decimal.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("Excel has no " + d + " number");
            }
            xml.raw(value.toString());
        } else {
            return false;
        }
        return true;
    }

    private boolean dateTime(XmlBytes xml, Object value) {
        long millis = time.serialMillis(value);
        if (millis < 0) {
            return false;
        }
        days(xml, millis);
        return true;
    }

    private static boolean duration(XmlBytes xml, Object value) {
        if (!(value instanceof Duration duration)) {
            return false;
        }
        days(xml, ExcelTime.durationMillis(duration));
        return true;
    }

    private static void days(XmlBytes xml, long millis) {
        xml.fixedPoint10(millis / ExcelTime.MILLIS_PER_DAY,
                ExcelTime.dayFraction10(millis % ExcelTime.MILLIS_PER_DAY));
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
