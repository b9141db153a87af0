package com.wallbill.panel.export;

/**
 * How the values of a column are written and shown. Each type is one shared cell style of the workbook (styles are
 * never created per cell), and decides which Java values a cell of that column accepts.
 */
public enum ColumnType {

    /** Any value, written as its {@code toString()} (an enum as its name, a {@code Currency} as its code). */
    TEXT("@", 20),
    /** {@code Long}, {@code Integer}, {@code Short}, {@code Byte} or {@code BigInteger}; no thousands separator. */
    INTEGER("0", 12),
    /** Money: {@code BigDecimal} (written exactly, see {@link ExcelSheetWriter}), integral numbers, finite doubles. */
    DECIMAL_2("#,##0.00", 14),
    /** Energy in kWh; accepts the same values as {@link #DECIMAL_2}. */
    DECIMAL_3("#,##0.000", 12),
    /**
     * {@code Instant}, {@code OffsetDateTime} or {@code ZonedDateTime}, shown as the local time of the writer's zone;
     * a {@code LocalDateTime} is taken as already local. Kept to the millisecond.
     */
    DATE_TIME("yyyy-mm-dd hh:mm", 17),
    /** A non-negative {@code Duration}, kept to the millisecond; hours run past 24. */
    DURATION("[h]:mm:ss", 11);

    private final String formatCode;
    private final int defaultWidth;

    ColumnType(String formatCode, int defaultWidth) {
        this.formatCode = formatCode;
        this.defaultWidth = defaultWidth;
    }

    /** The Excel number format of the column's cells. */
    public String formatCode() {
        return formatCode;
    }

    /** Width in characters that fits typical values of this type. */
    int defaultWidth() {
        return defaultWidth;
    }
}
