package com.wallbill.panel.export;

import java.util.Objects;

/**
 * One column of an export: its header, the type of its values and its width in characters (Excel's unit: the width
 * of a digit of the default font). Widths are fixed up front because measuring every cell would cost a pass over
 * the data.
 */
public record Column(String header, ColumnType type, int width) {

    /** Room for the bold header and the autofilter button next to it. */
    private static final int HEADER_PADDING = 4;
    private static final int MAX_WIDTH = 255;

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("column width must be 1.." + MAX_WIDTH + ": " + width);
        }
    }

    /** A column as wide as its type's typical value or its header, whichever is wider. */
    public Column(String header, ColumnType type) {
        this(header, type, Math.min(MAX_WIDTH,
                Math.max(Objects.requireNonNull(type, "type").defaultWidth(), header.length() + HEADER_PADDING)));
    }
}
