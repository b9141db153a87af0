package com.wallbill.billing.sepa;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The character set every SEPA bank must accept (EPC "basic Latin": {@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and
 * space). Some communities accept more, but a file kept to this set is accepted everywhere, so names, addresses
 * and remittance text are transliterated into it rather than rejected.
 */
final class EpcCharacterSet {

    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** Letters that Unicode does not decompose into a base letter plus accent, so stripping marks misses them. */
    private static final Map<Integer, String> LETTERS = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ĸ', "k"), Map.entry((int) 'ŋ', "n"), Map.entry((int) 'Ŋ', "N"));

    /** Punctuation with an obvious stand-in, so "O’Brien & Sons" keeps its meaning. */
    private static final Map<Integer, String> PUNCTUATION = Map.ofEntries(
            Map.entry((int) '&', "+"), Map.entry((int) '’', "'"), Map.entry((int) '‘', "'"),
            Map.entry((int) '`', "'"), Map.entry((int) '´', "'"), Map.entry((int) '"', "'"),
            Map.entry((int) '“', "'"), Map.entry((int) '”', "'"), Map.entry((int) '„', "'"),
            Map.entry((int) '«', "'"), Map.entry((int) '»', "'"), Map.entry((int) '_', "-"),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '‐', "-"),
            Map.entry((int) '[', "("), Map.entry((int) ']', ")"), Map.entry((int) '{', "("),
            Map.entry((int) '}', ")"), Map.entry((int) ';', ","), Map.entry((int) '!', "."),
            Map.entry((int) '\\', "/"), Map.entry((int) '#', "."), Map.entry((int) '*', "."),
            Map.entry((int) '@', "."), Map.entry((int) '%', "."), Map.entry((int) '=', "-"),
            Map.entry((int) '<', "("), Map.entry((int) '>', ")"), Map.entry((int) '|', "/"),
            Map.entry((int) '~', "-"), Map.entry((int) '^', "."), Map.entry((int) '$', "."),
            Map.entry((int) '€', "EUR"));

    private EpcCharacterSet() {
    }

    static boolean isEpcText(String text) {
        return TEXT.matcher(text).matches();
    }

    /**
     * Rewrites {@code text} into the EPC set: special letters first, then NFKD (which also folds ligatures and
     * full-width forms, unlike NFD) with the accents dropped. Anything still outside the set becomes a space;
     * runs of spaces collapse and the ends are trimmed.
     */
    static String transliterate(String text) {
        // Mapped before decomposing (NFKD would turn '´' into a bare accent) and after (it turns '＆' into '&').
        String decomposed = Normalizer.normalize(mapSpecials(text), Normalizer.Form.NFKD);
        String stripped = mapSpecials(COMBINING_MARKS.matcher(decomposed).replaceAll(""));
        StringBuilder epc = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> epc.append(isEpcCharacter(c) ? (char) c : ' '));
        return SPACES.matcher(epc).replaceAll(" ").strip();
    }

    /** Transliterates, then cuts to {@code maxLength}: the rulebook truncates rather than rejects long text. */
    static String fit(String text, int maxLength) {
        String epc = transliterate(text);
        return epc.length() <= maxLength ? epc : epc.substring(0, maxLength).stripTrailing();
    }

    private static String mapSpecials(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String replacement = LETTERS.getOrDefault(c, PUNCTUATION.get(c));
            if (replacement != null) {
                mapped.append(replacement);
            } else {
                mapped.appendCodePoint(c);
            }
        });
        return mapped.toString();
    }

    private static boolean isEpcCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "/-?:().,'+ ".indexOf(c) >= 0;
    }
}
