package com.wallbill.panel.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for XML, with the few appenders the sheet needs. Text goes straight from chars to
 * bytes with its escaping in one pass; numbers are written digit by digit; nothing allocates per value.
 *
 * <p>Text escaping, for element content and for double-quoted attributes:
 * <ul>
 *   <li>{@code & < > "} become entities, and CR becomes {@code &#13;} (a parser would turn a raw CR into LF);</li>
 *   <li>chars XML 1.0 does not allow (controls other than TAB, LF, CR; U+FFFE, U+FFFF; unpaired surrogates) become
 *       U+FFFD, so the loss is visible rather than silent;</li>
 *   <li>the underscore of a literal {@code _xHHHH_} becomes {@code _x005F_}: Excel and POI decode that pattern as an
 *       escaped char, and the text must read back as written.</li>
 * </ul>
 */
final class XmlBytes {

    /** The most bytes one char can take: an escaped underscore, {@code _x005F_}. */
    private static final int MAX_BYTES_PER_CHAR = 7;
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] CR = ascii("&#13;");
    private static final byte[] ESCAPED_UNDERSCORE = ascii("_x005F");
    private static final char REPLACEMENT = '\uFFFD';

    private byte[] buf;
    private int size;

    XmlBytes(int initialCapacity) {
        buf = new byte[initialCapacity];
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    int size() {
        return size;
    }

    /** Drops everything after {@code mark}, a value of {@link #size()} taken earlier. */
    void truncate(int mark) {
        size = mark;
    }

    void drainTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
        size = 0;
    }

    XmlBytes raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    XmlBytes raw(byte[] bytes, int length) {
        ensure(length);
        System.arraycopy(bytes, 0, buf, size, length);
        size += length;
        return this;
    }

    /** Appends chars known to be ASCII and not to need escaping (markup, number strings). */
    XmlBytes raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    XmlBytes number(long value) {
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return raw(Long.toString(value));
            }
            buf[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /**
     * Appends {@code whole + fraction / 10^10} in decimal, without trailing zeros: ten fractional digits keep a
     * millisecond within a day (1 ms is 1.16e-8 day) and stay inside the 15-16 significant digits of a double.
     */
    XmlBytes fixedPoint10(long whole, long fraction) {
        number(whole);
        if (fraction == 0) {
            return this;
        }
        int digits = 10;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        ensure(digits + 1);
        buf[size++] = '.';
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        size += digits;
        return this;
    }

    /** Appends escaped text (see the class comment). */
    XmlBytes text(CharSequence s) {
        int n = s.length();
        ensure(n * MAX_BYTES_PER_CHAR);
        byte[] b = buf;
        int p = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '_') {
                    b[p++] = (byte) c;
                } else {
                    p = escapeAscii(s, i, c, p);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                char bmp = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? REPLACEMENT : c;
                b[p++] = (byte) (0xE0 | bmp >> 12);
                b[p++] = (byte) (0x80 | bmp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | bmp & 0x3F);
            }
        }
        size = p;
        return this;
    }

    private int escapeAscii(CharSequence s, int i, char c, int p) {
        byte[] entity = switch (c) {
            case '&' -> AMP;
            case '<' -> LT;
            case '>' -> GT;
            case '"' -> QUOT;
            case '\r' -> CR;
            case '_' -> startsEscapePattern(s, i) ? ESCAPED_UNDERSCORE : null;
            default -> null;
        };
        if (entity != null) {
            System.arraycopy(entity, 0, buf, p, entity.length);
            p += entity.length;
            if (c == '_') {
                buf[p++] = '_';
            }
        } else if (c == '_' || c == '\t' || c == '\n') {
            buf[p++] = (byte) c;
        } else {
            buf[p++] = (byte) 0xEF; // U+FFFD for a control char
            buf[p++] = (byte) 0xBF;
            buf[p++] = (byte) 0xBD;
        }
        return p;
    }

    /** Whether {@code s} has {@code _xHHHH_} at {@code i}. */
    private static boolean startsEscapePattern(CharSequence s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            char h = s.charAt(k);
            if (!(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int extra) {
        if (buf.length - size < extra) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
