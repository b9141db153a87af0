package com.wallbill.billing.iban;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Business Identifier Code (ISO 9362), held in upper case: 4 letters institution, 2 letters ISO country,
 * 2 letters or digits location and, for a branch, 3 more letters or digits. Lives next to {@link Iban} because the
 * two travel together on every payment instruction.
 */
public record Bic(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public Bic {
        if (value == null) {
            throw new IllegalArgumentException("BIC is missing");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 8 && value.length() != 11) {
            throw new IllegalArgumentException("BIC must have 8 or 11 characters, got " + value.length());
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("BIC must be 4 letters (institution), 2 letters (country), "
                    + "2 letters or digits (location) and optionally 3 letters or digits (branch): " + value);
        }
        if (!ISO_COUNTRIES.contains(value.substring(4, 6))) {
            throw new IllegalArgumentException("BIC country code " + value.substring(4, 6)
                    + " is not an ISO 3166 country");
        }
    }

    public static Bic parse(String text) {
        return new Bic(text);
    }

    public String institutionCode() {
        return value.substring(0, 4);
    }

    public String countryCode() {
        return value.substring(4, 6);
    }

    public String locationCode() {
        return value.substring(6, 8);
    }

    /** The branch code, absent for an eight-character BIC (which addresses the primary office, like "XXX"). */
    public Optional<String> branchCode() {
        return value.length() == 11 ? Optional.of(value.substring(8)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
