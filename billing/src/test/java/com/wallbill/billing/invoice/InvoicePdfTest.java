package com.wallbill.billing.invoice;

import static com.wallbill.billing.invoice.InvoiceSamples.CUSTOMER;
import static com.wallbill.billing.invoice.InvoiceSamples.EUR;
import static com.wallbill.billing.invoice.InvoiceSamples.ISSUER;
import static com.wallbill.billing.invoice.InvoiceSamples.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    private static final Pattern EMPLOYEE = Pattern.compile("Employee \\d{4}");

    @Test
    void headerShowsNumberDatesPeriodAndBothPartiesTaxData() throws IOException {
        String text = text(InvoicePdf.render(InvoiceSamples.small()));

        assertThat(text).contains("Invoice number 2026-000012", "Issue date 3 December 2026",
                "Period November 2026", "Wallbill GmbH", "Tax ID: DE811907980", "Torstraße 140", "10119 Berlin",
                "Müller Logistik AG", "Tax ID: DE129273398", "Hafenweg 7a", "20457 Hamburg", "Germany",
                "billing@wallbill.example", "Refunds paid to employees");
    }

    @Test
    void everyEmployeeAppearsWithAmountsInEuros() throws IOException {
        String text = text(InvoicePdf.render(InvoiceSamples.small()));

        assertThat(text).contains("Anna Schmidt", "José Muñoz", "Zoë Brandt", "CP-DE-0001", "41.250",
                "€ 7.05", "€ 6.50", "€ 99.99", "Automatic");
    }

    @Test
    void printedTotalsEqualTheSumOfThePrintedLines() throws IOException {
        Invoice invoice = InvoiceSamples.invoice(InvoiceSamples.numberedLines(250));
        String text = text(InvoicePdf.render(invoice));

        assertThat(printedTotal(text, "Total cost")).isEqualTo(sum(invoice, InvoiceLine::cost));
        assertThat(printedTotal(text, "Total refund")).isEqualTo(sum(invoice, InvoiceLine::refund));
        assertThat(printedTotal(text, "Total energy")).isEqualTo(sum(invoice, InvoiceLine::energyKwh));
    }

    @Test
    void twoThousandLinesPaginateWithEveryLineExactlyOnce() throws IOException {
        Invoice invoice = InvoiceSamples.invoice(InvoiceSamples.numberedLines(2000));
        byte[] pdf = InvoicePdf.render(invoice);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(30);
            String text = stripper().getText(document);
            Map<String, Long> occurrences = EMPLOYEE.matcher(text).results().map(MatchResult::group)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(occurrences).hasSize(2000).allSatisfy((name, count) -> assertThat(count).isOne());
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(document, page)).contains("Page " + page + " of " + pages);
                PDRectangle paper = document.getPage(page - 1).getMediaBox();
                assertThat(paper.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(paper.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            assertThat(pageText(document, pages)).contains("Total refund");
            assertThat(pageText(document, 2)).contains("Invoice 2026-000012 (continued)", "Employee ID");
        }
    }

    @Test
    void renderingTheSameInvoiceTwiceGivesIdenticalBytes() throws Exception {
        Invoice invoice = InvoiceSamples.invoice(InvoiceSamples.numberedLines(120));

        byte[] first = InvoicePdf.render(invoice);
        Thread.sleep(20); // PDFBox's fallback /ID hashes the clock; this would expose it
        TimeZone defaultZone = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = InvoicePdf.render(invoice);
        } finally {
            TimeZone.setDefault(defaultZone);
        }

        assertThat(second).isEqualTo(first);
    }

    @Test
    void metadataComesFromTheInvoiceNotTheClock() throws IOException {
        Invoice invoice = InvoiceSamples.small();

        try (PDDocument document = Loader.loadPDF(InvoicePdf.render(invoice))) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Invoice 2026-000012");
            assertThat(info.getProducer()).isEqualTo("Wallbill");
            assertThat(info.getCreationDate().toInstant()).hasToString("2026-12-03T00:00:00Z");
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id).isNotNull();
            assertThat(id.size()).isEqualTo(2);
        }
    }

    @Test
    void differentInvoicesGetDifferentDocumentIds() throws IOException {
        Invoice other = new Invoice("2026-000013", LocalDate.of(2026, 12, 3), YearMonth.of(2026, 11), EUR, ISSUER,
                CUSTOMER, InvoiceSamples.small().lines(), null);

        assertThat(documentId(InvoicePdf.render(other))).isNotEqualTo(documentId(InvoicePdf.render(
                InvoiceSamples.small())));
    }

    @Test
    void namesOutsideWinAnsiRenderWithReplacementsInsteadOfThrowing() throws IOException {
        InvoiceParty customer = new InvoiceParty("Łódź Flota Sp. z o.o. 株式会社", "PL7251801126", null, null);
        Invoice invoice = new Invoice("2026-000012", LocalDate.of(2026, 12, 3), YearMonth.of(2026, 11), EUR,
                ISSUER, customer, List.of(line("Łukasz 王", "10.00", "10.00"),
                        line("Ζωή Παπαδοπούλου", "1.00", "1.00"),
                        line("Renée \uD83D\uDE97 Dvořák", "2.00", "2.00")),
                "Note with tab\tand 中文");

        String text = text(InvoicePdf.render(invoice));

        assertThat(text).contains("Lukasz ?", "Renée ? Dvorák", "Lódz Flota Sp. z o.o. ????",
                "Note with tab and ??");
    }

    @Test
    void longNamesAreElidedInsteadOfRunningIntoTheNextColumn() throws IOException {
        String longName = "Maximilian Alexander Konstantin von und zu Hohenzollern-Sigmaringen";
        List<InvoiceLine> lines = new ArrayList<>(InvoiceSamples.numberedLines(3));
        lines.add(new InvoiceLine(longName, "EMPLOYEE-ID-THAT-IS-FAR-TOO-LONG-1234567890",
                "CHARGE-POINT-WITH-A-VERY-LONG-SERIAL-NUMBER-0001", new BigDecimal("123456789.123"), 123456789,
                new BigDecimal("987654321.98"), new BigDecimal("987654321.98"), InvoiceLine.MANUAL));
        InvoiceParty customer = new InvoiceParty(longName.repeat(3), "DE129273398", null, null);
        Invoice invoice = new Invoice("2026-000012", LocalDate.of(2026, 12, 3), YearMonth.of(2026, 11), EUR,
                ISSUER, customer, lines, "Refunds follow the company car policy. ".repeat(60));

        byte[] pdf = InvoicePdf.render(invoice);

        String text = text(pdf);
        assertThat(text).contains("Maximilian Alexander Konst…", "€ 987,654,321.98").doesNotContain(longName);
        assertThat(text.lines().filter(line -> line.contains("company car policy"))).hasSize(5);
        assertThat(GlyphOverlaps.find(pdf)).isEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return stripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    private static BigDecimal printedTotal(String text, String label) {
        Matcher total = Pattern.compile(label + "\\s+\\D*?([\\d,]+\\.\\d+)").matcher(text);
        assertThat(total.find()).as(label).isTrue();
        return new BigDecimal(total.group(1).replace(",", ""));
    }

    private static BigDecimal sum(Invoice invoice, Function<InvoiceLine, BigDecimal> amount) {
        return invoice.lines().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static COSArray documentId(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocument().getTrailer().getCOSArray(COSName.ID);
        }
    }
}
