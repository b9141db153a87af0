package com.wallbill.billing.iban;

import java.util.Map;
import java.util.Optional;

/**
 * IBAN length per country, from the SWIFT IBAN registry (ISO 13616). Covers every SEPA country plus the other
 * countries we have seen employees bank in; a country missing here is rejected rather than guessed.
 */
final class IbanLengths {

    private static final Map<String, Integer> BY_COUNTRY = Map.ofEntries(
            // EU member states
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IT", 27),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            // rest of the EEA
            Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("NO", 15),
            // other SEPA scheme countries and territories
            Map.entry("AD", 24), Map.entry("CH", 21), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("MC", 27), Map.entry("SM", 27), Map.entry("VA", 22), Map.entry("AL", 28),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("RS", 22),
            // other IBAN countries
            Map.entry("AE", 23), Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BH", 22),
            Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CR", 22), Map.entry("DO", 28),
            Map.entry("EG", 29), Map.entry("FO", 18), Map.entry("GE", 22), Map.entry("GL", 18),
            Map.entry("GT", 28), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("JO", 30),
            Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LC", 32),
            Map.entry("MR", 27), Map.entry("MU", 30), Map.entry("PK", 24), Map.entry("PS", 29),
            Map.entry("QA", 29), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VG", 24),
            // Kosovo issues IBANs under the user-assigned code XK, which ISO 3166 does not list.
            Map.entry("XK", 20));

    private IbanLengths() {
    }

    static Optional<Integer> of(String countryCode) {
        return Optional.ofNullable(BY_COUNTRY.get(countryCode));
    }

    static boolean knows(String countryCode) {
        return BY_COUNTRY.containsKey(countryCode);
    }
}
