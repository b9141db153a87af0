package com.wallbill.billing.sepa;

import com.wallbill.billing.iban.Bic;
import com.wallbill.billing.iban.Iban;
import com.wallbill.billing.party.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A month close as the tests know it: one German company refunding three employees across Europe. */
final class SepaBatches {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant CREATED_AT = Instant.parse("2025-02-01T06:30:15.123456Z");
    static final LocalDate EXECUTION_DATE = LocalDate.of(2025, 2, 4);

    static final SepaParty COMPANY = new SepaParty("Wallbill Demo GmbH & Co. KG",
            Iban.parse("DE89 3704 0044 0532 0130 00"), Bic.parse("COBADEFFXXX"),
            new PostalAddress("Friedrichstraße", "123", "10117", "Berlin", "DE"));

    static final SepaParty JOSE = new SepaParty("José Ñúñez Müller-Łukasz",
            Iban.parse("ES91 2100 0418 4502 0005 1332"), Bic.parse("CAIXESBBXXX"),
            new PostalAddress("Calle de Alcalá", "48 bis", "28014", "Madrid", "ES"));

    static final SepaParty SOREN = new SepaParty("Søren Ærø Kjærgaard",
            Iban.parse("DK50 0040 0440 1162 43"), null, null);

    static final SepaParty ZOE = new SepaParty("Zoë O’Brien",
            Iban.parse("NL91 ABNA 0417 1643 00"), Bic.parse("INGBNL2A"),
            new PostalAddress("Herengracht", "1-3", "1015 BA", "Amsterdam", "NL"));

    private SepaBatches() {
    }

    static SepaBatch monthClose() {
        return batch(List.of(
                euros("WB-2025-01-0001", JOSE, "12.3", "Reembolso carga enero 2025 – sesión nº 42"),
                euros("WB-2025-01-0002", SOREN, "100", null),
                euros("WB-2025-01-0003", ZOE, "0.01", "Refund January 2025")));
    }

    static SepaBatch batch(List<SepaTransfer> transfers) {
        return new SepaBatch("WB-2025-01-ACME", CREATED_AT, COMPANY, EXECUTION_DATE, transfers);
    }

    static SepaBatch withTransfer(SepaTransfer extra) {
        List<SepaTransfer> transfers = new ArrayList<>(monthClose().transfers());
        transfers.add(extra);
        return batch(transfers);
    }

    static SepaTransfer euros(String endToEndId, SepaParty creditor, String amount, String remittance) {
        return new SepaTransfer(endToEndId, creditor, new BigDecimal(amount), EUR, remittance);
    }
}
