package com.wallbill.billing.iban;

import java.util.Locale;
import java.util.Set;

/**
 * An International Bank Account Number (ISO 13616), held normalized: upper case, no spaces.
 *
 * <p>{@link #toString()} returns the {@link #masked()} form so that an IBAN logged by accident, or embedded in an
 * exception message, does not disclose the account. Use {@link #value()} where the full number is meant.
 */
public record Iban(String value) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int VISIBLE_TAIL = 4;

    /** Validates {@code value}; spaces and lower case are accepted and normalized away. */
    public Iban {
        value = normalize(value);
        validate(value);
    }

    /** Parses an IBAN as people write it: {@code "es91 2100 0418 4502 0005 1332"} is fine. */
    public static Iban parse(String text) {
        return new Iban(text);
    }

    /** ISO 3166-1 alpha-2 code of the country whose scheme issued the account. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    public String checkDigits() {
        return value.substring(2, 4);
    }

    /** The paper format: groups of four characters separated by spaces. */
    public String formatted() {
        return groupsOfFour(value);
    }

    /** Country, check digits and the last four characters visible, e.g. {@code ES91 **** **** **** **** 1332}. */
    public String masked() {
        int hiddenEnd = value.length() - VISIBLE_TAIL;
        return groupsOfFour(value.substring(0, 4) + "*".repeat(hiddenEnd - 4) + value.substring(hiddenEnd));
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(String text) {
        if (text == null) {
            throw new InvalidIbanException("IBAN is missing");
        }
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        return compact.toString().toUpperCase(Locale.ROOT);
    }

    private static void validate(String iban) {
        if (iban.isEmpty()) {
            throw new InvalidIbanException("IBAN is empty");
        }
        if (iban.length() < 5) {
            throw new InvalidIbanException("IBAN is too short: " + iban.length() + " characters");
        }
        String country = iban.substring(0, 2);
        if (!isAsciiLetters(country)) {
            throw new InvalidIbanException("IBAN must start with a two-letter country code");
        }
        if (!ISO_COUNTRIES.contains(country) && !IbanLengths.knows(country)) {
            throw new InvalidIbanException("IBAN country code " + country + " is not an ISO 3166 country");
        }
        int expectedLength = IbanLengths.of(country).orElseThrow(
                () -> new InvalidIbanException("IBAN country " + country + " does not issue IBANs (or is not supported)"));
        if (!isAsciiDigits(iban.substring(2, 4))) {
            throw new InvalidIbanException("IBAN check digits (characters 3 and 4) must be digits");
        }
        for (int i = 4; i < iban.length(); i++) {
            if (!isAsciiAlphanumeric(iban.charAt(i))) {
                throw new InvalidIbanException("IBAN may contain only letters and digits, found '"
                        + printable(iban.charAt(i)) + "' at position " + (i + 1));
            }
        }
        if (iban.length() != expectedLength) {
            throw new InvalidIbanException("IBAN for " + country + " must have " + expectedLength
                    + " characters, got " + iban.length());
        }
        // 00, 01 and 99 pass mod-97 whenever 97, 98 and 02 would, but ISO 13616 never issues them.
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98) {
            throw new InvalidIbanException("IBAN check digits must be between 02 and 98, got " + iban.substring(2, 4));
        }
        if (mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
            throw new InvalidIbanException("IBAN check digits do not match");
        }
    }

    /**
     * ISO 7064 MOD 97-10 over the rearranged IBAN, letters expanded to 10..35. The expanded number has up to 70
     * digits, so instead of a BigInteger the digits are folded into a long and reduced every nine digits or so;
     * the remainder carried forward keeps the result exact.
     */
    static int mod97(String rearranged) {
        long folded = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int digitValue = Character.digit(rearranged.charAt(i), 36);
            folded = folded * (digitValue < 10 ? 10 : 100) + digitValue;
            if (folded >= 1_000_000_000L) {
                folded %= 97;
            }
        }
        return (int) (folded % 97);
    }

    private static String groupsOfFour(String text) {
        StringBuilder grouped = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(text.charAt(i));
        }
        return grouped.toString();
    }

    private static boolean isAsciiLetters(String text) {
        return text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}
