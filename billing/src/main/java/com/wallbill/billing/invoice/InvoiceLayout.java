package com.wallbill.billing.invoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays an invoice out on A4 pages: parties and invoice facts on the first page, then the line table, which
 * continues on as many pages as it needs (repeating its header), then the totals, then "Page n of m" footers.
 */
final class InvoiceLayout {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 42f;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = A4.getWidth() - MARGIN;
    private static final float TOP = A4.getHeight() - MARGIN;
    /** Lowest y the body may reach; below it sits the footer. */
    private static final float BODY_BOTTOM = 56f;
    private static final float FOOTER_BASELINE = 28f;
    private static final float TABLE_SIZE = 8f;
    private static final float ROW_HEIGHT = 12f;
    private static final float HEADER_ROW_HEIGHT = 14f;
    private static final float PADDING = 3f;
    private static final float TOTAL_ROW_HEIGHT = 14f;
    private static final float TOTALS_HEIGHT = 12f + 4 * TOTAL_ROW_HEIGHT;

    private record Column(String title, float width, boolean numeric) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("Employee", 114, false),
            new Column("Employee ID", 62, false), new Column("Charger", 86, false), new Column("Sessions", 40, true),
            new Column("kWh", 55, true), new Column("Cost", 55, true), new Column("Refund", 55, true),
            new Column("Payment", RIGHT - LEFT - 467, false));

    private final PDDocument document;
    private final Invoice invoice;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PageCanvas canvas;
    private float y;

    InvoiceLayout(PDDocument document, Invoice invoice) {
        this.document = document;
        this.invoice = invoice;
    }

    void draw() throws IOException {
        newPage();
        try {
            firstPageHeader();
            tableHeader();
            int row = 0;
            for (InvoiceLine line : invoice.lines()) {
                if (y - ROW_HEIGHT < BODY_BOTTOM) {
                    continuationPage();
                    tableHeader();
                }
                tableRow(line, row++);
            }
            if (y - TOTALS_HEIGHT < BODY_BOTTOM) {
                continuationPage();
            }
            totals();
        } finally {
            canvas.close();
        }
        footers();
    }

    private void newPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        PDPage page = new PDPage(A4);
        document.addPage(page);
        canvas = new PageCanvas(new PDPageContentStream(document, page));
        y = TOP;
    }

    private void firstPageHeader() throws IOException {
        InvoiceParty issuer = invoice.issuer();
        canvas.text(issuer.name(), bold, 15, LEFT, y - 15, 330);
        canvas.textRight("INVOICE", bold, 15, RIGHT, y - 15, 150);
        y -= 26;
        float partyBottom = partyDetails(issuer, y);
        float factsBottom = facts(y);
        y = Math.min(partyBottom, factsBottom) - 14;

        canvas.text("Bill to", bold, 9, LEFT, y - 9, 300);
        y -= 13;
        canvas.text(invoice.customer().name(), bold, 11, LEFT, y - 11, 330);
        y = partyDetails(invoice.customer(), y - 14) - 4;

        if (invoice.note() != null) {
            for (String noteLine : wrap(WinAnsiText.sanitize(invoice.note()), regular, 9, RIGHT - LEFT, 5)) {
                canvas.text(noteLine, regular, 9, LEFT, y - 9, RIGHT - LEFT);
                y -= 12;
            }
        }
        y -= 12;
    }

    /** Tax id, address and email under a party's name; returns the y below them. */
    private float partyDetails(InvoiceParty party, float top) throws IOException {
        List<String> details = new ArrayList<>();
        details.add("Tax ID: " + party.taxId());
        if (party.address() != null) {
            var address = party.address();
            String street = joinPresent(address.streetName(), address.buildingNumber());
            if (!street.isEmpty()) {
                details.add(street);
            }
            details.add(joinPresent(address.postCode(), address.townName()));
            details.add(countryName(address.countryCode()));
        }
        if (party.email() != null) {
            details.add(party.email());
        }
        float lineTop = top;
        for (String detail : details) {
            canvas.text(detail, regular, 9, LEFT, lineTop - 9, 300);
            lineTop -= 12;
        }
        return lineTop;
    }

    /** Number, dates and currency in the top-right corner; returns the y below them. */
    private float facts(float top) throws IOException {
        String[][] facts = {
            {"Invoice number", invoice.number()},
            {"Issue date", InvoiceFormat.date(invoice.issueDate())},
            {"Period", InvoiceFormat.period(invoice.period())},
            {"Currency", invoice.currency().getCurrencyCode()},
        };
        float labelX = RIGHT - 190;
        float lineTop = top;
        for (String[] fact : facts) {
            canvas.text(fact[0], regular, 9, labelX, lineTop - 9, 72);
            canvas.textRight(fact[1], bold, 9, RIGHT, lineTop - 9, 112);
            lineTop -= 12;
        }
        return lineTop;
    }

    private void continuationPage() throws IOException {
        newPage();
        canvas.text("Invoice " + invoice.number() + " (continued)", bold, 10, LEFT, y - 10, 250);
        canvas.textRight(invoice.customer().name(), regular, 10, RIGHT, y - 10, 250);
        y -= 24;
    }

    private void tableHeader() throws IOException {
        canvas.fill(LEFT, y - HEADER_ROW_HEIGHT, RIGHT - LEFT, HEADER_ROW_HEIGHT, 0.85f);
        float x = LEFT;
        for (Column column : COLUMNS) {
            cell(column, column.title(), bold, x, y - HEADER_ROW_HEIGHT + 4);
            x += column.width();
        }
        y -= HEADER_ROW_HEIGHT;
    }

    private void tableRow(InvoiceLine line, int row) throws IOException {
        if (row % 2 == 1) {
            // Banding keeps a reader on the same employee across eight narrow columns.
            canvas.fill(LEFT, y - ROW_HEIGHT, RIGHT - LEFT, ROW_HEIGHT, 0.95f);
        }
        String[] cells = {line.employeeName(), line.employeeId(), line.chargePointId(),
            Integer.toString(line.sessions()), InvoiceFormat.energyKwh(line.energyKwh()),
            InvoiceFormat.money(line.cost(), invoice.currency()),
            InvoiceFormat.money(line.refund(), invoice.currency()), InvoiceFormat.paymentType(line.paymentType())};
        float x = LEFT;
        for (int i = 0; i < COLUMNS.size(); i++) {
            cell(COLUMNS.get(i), cells[i], regular, x, y - ROW_HEIGHT + 3.5f);
            x += COLUMNS.get(i).width();
        }
        y -= ROW_HEIGHT;
    }

    private void cell(Column column, String value, PDFont font, float x, float baseline) throws IOException {
        float room = column.width() - 2 * PADDING;
        if (column.numeric()) {
            canvas.number(value, font, TABLE_SIZE, x + column.width() - PADDING, baseline, room);
        } else {
            canvas.text(value, font, TABLE_SIZE, x + PADDING, baseline, room);
        }
    }

    private void totals() throws IOException {
        canvas.rule(LEFT, RIGHT, y - 4, 0.8f);
        y -= 12;
        String[][] totals = {
            {"Total sessions", Long.toString(invoice.totalSessions())},
            {"Total energy", InvoiceFormat.energyKwh(invoice.totalEnergyKwh()) + " kWh"},
            {"Total cost", InvoiceFormat.money(invoice.totalCost(), invoice.currency())},
            {"Total refund", InvoiceFormat.money(invoice.totalRefund(), invoice.currency())},
        };
        float labelX = RIGHT - 250;
        for (int i = 0; i < totals.length; i++) {
            PDFont font = i == totals.length - 1 ? bold : regular;
            canvas.text(totals[i][0], font, 10, labelX, y - 10, 90);
            canvas.number(totals[i][1], font, 10, RIGHT, y - 10, 155);
            y -= TOTAL_ROW_HEIGHT;
        }
    }

    /** Added once every page exists, because "of m" is only known then. */
    private void footers() throws IOException {
        int pageCount = document.getNumberOfPages();
        String left = "Invoice " + invoice.number() + " \u00b7 " + invoice.issuer().name();
        for (int i = 0; i < pageCount; i++) {
            PDPage page = document.getPage(i);
            try (PageCanvas footer = new PageCanvas(
                    new PDPageContentStream(document, page, AppendMode.APPEND, true, false))) {
                footer.text(left, regular, 8, LEFT, FOOTER_BASELINE, 360);
                footer.textRight("Page " + (i + 1) + " of " + pageCount, regular, 8, RIGHT, FOOTER_BASELINE, 120);
            }
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width, int maxLines)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || PageCanvas.width(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        if (lines.size() > maxLines) {
            // The cut is marked, so a reader knows the note goes on; canvas.text elides what no longer fits.
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + "\u2026");
            return kept;
        }
        return lines;
    }

    private static String joinPresent(String first, String second) {
        if (first == null) {
            return second == null ? "" : second;
        }
        return second == null ? first : first + " " + second;
    }

    private static String countryName(String countryCode) {
        String name = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? countryCode : name;
    }
}
