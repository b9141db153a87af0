package com.wallbill.billing.invoice;

import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes any text showable with the standard 14 fonts, which encode only WinAnsi (Windows-1252): PDFBox throws
 * on anything else, and an employee called "Łukasz 王" must not stop a company's invoice. Letters WinAnsi has
 * (é, ñ, ü, ß) are kept; other Latin letters fall back to their base letter; the rest becomes '?'.
 */
final class WinAnsiText {

    static final char REPLACEMENT = '?';
    private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

    // Letters with a stroke or bar have no Unicode decomposition, so folding would otherwise lose them.
    private static final Map<Integer, String> STROKED_LETTERS = Map.ofEntries(
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'Ŧ', "T"), Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'Ɨ', "I"), Map.entry((int) 'ƀ', "b"));

    private WinAnsiText() {
    }

    static String sanitize(String text) {
        // Composing first lets "e" + combining acute become the é WinAnsi has, instead of a bare "e".
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder shown = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> shown.append(showable(codePoint)));
        return shown.toString();
    }

    /** True when the standard 14 fonts (with their WinAnsi encoding) can show this code point. */
    static boolean isEncodable(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        String glyph = GLYPHS.codePointToName(codePoint);
        return !".notdef".equals(glyph) && WinAnsiEncoding.INSTANCE.contains(glyph);
    }

    static boolean isEncodable(String text) {
        return text.codePoints().allMatch(WinAnsiText::isEncodable);
    }

    private static String showable(int codePoint) {
        // A line of text cannot break, and tabs or no-break spaces only confuse width measurement.
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (isEncodable(codePoint)) {
            return Character.toString(codePoint);
        }
        if (isMark(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            // A mark that did not compose, or an invisible joiner or direction mark: nothing to show.
            return "";
        }
        String folded = fold(codePoint);
        return folded != null ? folded : String.valueOf(REPLACEMENT);
    }

    /** The base letters of a decomposable character ("ő" to "o", "ﬁ" to "fi"), or null if none is showable. */
    private static String fold(int codePoint) {
        String stroked = STROKED_LETTERS.get(codePoint);
        if (stroked != null) {
            return stroked;
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
        StringBuilder base = new StringBuilder();
        for (int part : decomposed.codePoints().toArray()) {
            if (isMark(part)) {
                continue;
            }
            if (!isEncodable(part)) {
                return null;
            }
            base.appendCodePoint(part);
        }
        return base.isEmpty() ? null : base.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
