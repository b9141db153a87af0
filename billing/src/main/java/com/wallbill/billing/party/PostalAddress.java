package com.wallbill.billing.party;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A structured postal address, as ISO 20022 and the EPC SEPA rulebook want it (town and country always; street,
 * building number and post code when known). Unstructured address lines are deliberately not representable:
 * EPC stops accepting them in November 2026.
 */
public record PostalAddress(String streetName, String buildingNumber, String postCode, String townName,
        String countryCode) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public PostalAddress {
        townName = requireText(townName, "townName");
        countryCode = requireText(countryCode, "countryCode").toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(countryCode)) {
            throw new IllegalArgumentException("countryCode must be an ISO 3166-1 alpha-2 code: " + countryCode);
        }
        streetName = blankToNull(streetName);
        buildingNumber = blankToNull(buildingNumber);
        postCode = blankToNull(postCode);
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
