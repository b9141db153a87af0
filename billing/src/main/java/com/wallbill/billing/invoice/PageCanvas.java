package com.wallbill.billing.invoice;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws text that always fits: every string is made WinAnsi-safe, and nothing is drawn wider than the room it
 * is given, so a long name can never run into the next column.
 */
final class PageCanvas implements AutoCloseable {

    private static final String ELLIPSIS = "\u2026";
    /** Smallest size a number shrinks to before it, too, is elided. */
    private static final float MIN_NUMBER_SIZE = 4f;

    private final PDPageContentStream stream;

    PageCanvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    /** Left-aligned at x; elided with "…" beyond maxWidth. */
    void text(String raw, PDFont font, float size, float x, float baseline, float maxWidth) throws IOException {
        show(elide(WinAnsiText.sanitize(raw), font, size, maxWidth), font, size, x, baseline);
    }

    /** Right-aligned so that it ends at rightX; elided with "…" beyond maxWidth. */
    void textRight(String raw, PDFont font, float size, float rightX, float baseline, float maxWidth)
            throws IOException {
        String shown = elide(WinAnsiText.sanitize(raw), font, size, maxWidth);
        show(shown, font, size, rightX - width(shown, font, size), baseline);
    }

    /**
     * Right-aligned at rightX. A number too wide for its room is shrunk rather than cut, because a truncated
     * amount reads as a different amount; only below a legible size is it elided.
     */
    void number(String raw, PDFont font, float size, float rightX, float baseline, float maxWidth)
            throws IOException {
        String shown = WinAnsiText.sanitize(raw);
        float fitted = size;
        float width = width(shown, font, size);
        if (width > maxWidth) {
            fitted = Math.max(MIN_NUMBER_SIZE, size * maxWidth / width);
            shown = elide(shown, font, fitted, maxWidth);
            width = width(shown, font, fitted);
        }
        show(shown, font, fitted, rightX - width, baseline);
    }

    void fill(float x, float y, float width, float height, float gray) throws IOException {
        stream.setNonStrokingColor(gray);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f);
    }

    void rule(float fromX, float toX, float y, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(fromX, y);
        stream.lineTo(toX, y);
        stream.stroke();
    }

    static float width(String shown, PDFont font, float size) throws IOException {
        return font.getStringWidth(shown) / 1000f * size;
    }

    /** The longest prefix that fits with "…" appended; the text itself when it fits already. */
    static String elide(String shown, PDFont font, float size, float maxWidth) throws IOException {
        if (width(shown, font, size) <= maxWidth) {
            return shown;
        }
        float room = maxWidth - width(ELLIPSIS, font, size);
        int low = 0;
        int high = shown.length() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (width(shown.substring(0, middle), font, size) <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (room < 0) {
            return "";
        }
        return shown.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    private void show(String shown, PDFont font, float size, float x, float baseline) throws IOException {
        if (shown.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(shown);
        stream.endText();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
