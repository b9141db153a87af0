package com.wallbill.panel.company;

import com.wallbill.billing.party.PostalAddress;
import com.wallbill.panel.FieldChecks;
import java.util.Locale;
import java.util.Set;

/** A structured postal address as SEPA files and invoices need it: town and ISO country required. */
public record Address(String streetName, String buildingNumber, String postCode, String townName,
        String countryCode) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** The validated domain address; errors name the field under {@code prefix} ("address.townName: ..."). */
    PostalAddress toPostal(String prefix) {
        String town = FieldChecks.text(townName, prefix + ".townName", 35);
        String country = FieldChecks.text(countryCode, prefix + ".countryCode", 2).toUpperCase(Locale.ROOT);
        FieldChecks.require(ISO_COUNTRIES.contains(country), prefix + ".countryCode",
                "must be an ISO 3166-1 alpha-2 country code");
        // Lengths are those of ISO 20022 structured addresses, so every address fits a SEPA file.
        return new PostalAddress(FieldChecks.optionalText(streetName, prefix + ".streetName", 70),
                FieldChecks.optionalText(buildingNumber, prefix + ".buildingNumber", 16),
                FieldChecks.optionalText(postCode, prefix + ".postCode", 16), town, country);
    }

    static Address of(PostalAddress a) {
        return a == null ? null : new Address(a.streetName(), a.buildingNumber(), a.postCode(), a.townName(),
                a.countryCode());
    }
}
