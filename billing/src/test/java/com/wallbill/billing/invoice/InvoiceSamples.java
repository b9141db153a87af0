package com.wallbill.billing.invoice;

import com.wallbill.billing.party.PostalAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/** Invoices for tests: a small German company billed by Wallbill for November 2026. */
final class InvoiceSamples {

    static final Currency EUR = Currency.getInstance("EUR");
    static final InvoiceParty ISSUER = new InvoiceParty("Wallbill GmbH", "DE811907980",
            new PostalAddress("Torstraße", "140", "10119", "Berlin", "DE"), "billing@wallbill.example");
    static final InvoiceParty CUSTOMER = new InvoiceParty("Müller Logistik AG", "DE129273398",
            new PostalAddress("Hafenweg", "7a", "20457", "Hamburg", "DE"), null);

    private InvoiceSamples() {
    }

    static InvoiceLine line(String employeeName, String cost, String refund) {
        return new InvoiceLine(employeeName, "E-" + Math.abs(employeeName.hashCode() % 10000), "CP-DE-0001",
                new BigDecimal("41.250"), 6, new BigDecimal(cost), new BigDecimal(refund), InvoiceLine.AUTOMATIC);
    }

    /** Line i of a big invoice: names, ids and amounts differ per line so each can be found exactly once. */
    static InvoiceLine numbered(int i) {
        String n = String.format("%04d", i);
        return new InvoiceLine("Employee " + n, "E-" + n, "CP-" + n, new BigDecimal(i).movePointLeft(3).add(
                BigDecimal.TEN), 1 + i % 9, new BigDecimal(i).movePointLeft(2).add(BigDecimal.ONE),
                new BigDecimal(i).movePointLeft(2), i % 3 == 0 ? InvoiceLine.MANUAL : InvoiceLine.AUTOMATIC);
    }

    static List<InvoiceLine> numberedLines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(InvoiceSamples::numbered).toList();
    }

    static Invoice invoice(List<InvoiceLine> lines) {
        return new Invoice("2026-000012", LocalDate.of(2026, 12, 3), YearMonth.of(2026, 11), EUR, ISSUER, CUSTOMER,
                lines, "Refunds paid to employees for charging company cars at home.");
    }

    static Invoice small() {
        return invoice(List.of(line("Anna Schmidt", "12.34", "12.34"), line("José Muñoz", "7.05", "6.50"),
                line("Zoë Brandt", "101.10", "99.99")));
    }
}
