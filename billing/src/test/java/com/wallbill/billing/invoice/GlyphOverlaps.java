package com.wallbill.billing.invoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Finds glyphs drawn on top of each other on one baseline: the sign of text running into its neighbour. */
final class GlyphOverlaps extends PDFTextStripper {

    /** Glyph widths come from font metrics; allow for float rounding, not for real overlap. */
    private static final float TOLERANCE = 0.05f;
    private final Map<String, List<TextPosition>> glyphsByLine = new TreeMap<>();

    private GlyphOverlaps() {
    }

    static List<String> find(byte[] pdf) throws IOException {
        GlyphOverlaps collector = new GlyphOverlaps();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collector.getText(document);
        }
        return collector.overlaps();
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        String line = getCurrentPageNo() + "@" + Math.round(glyph.getYDirAdj() * 10);
        glyphsByLine.computeIfAbsent(line, key -> new ArrayList<>()).add(glyph);
    }

    private List<String> overlaps() {
        List<String> found = new ArrayList<>();
        glyphsByLine.forEach((line, glyphs) -> {
            glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
            for (int i = 1; i < glyphs.size(); i++) {
                TextPosition previous = glyphs.get(i - 1);
                TextPosition current = glyphs.get(i);
                if (previous.getXDirAdj() + previous.getWidthDirAdj() > current.getXDirAdj() + TOLERANCE) {
                    found.add(line + ": '" + previous.getUnicode() + "' overlaps '" + current.getUnicode() + "'");
                }
            }
        });
        return found;
    }
}
