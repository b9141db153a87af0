package com.wallbill.billing.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders an {@link Invoice} as an A4 PDF. The output is a function of the invoice alone (no clock, no random
 * document id, no locale), so rendering the same invoice again yields the very bytes that were stored.
 */
public final class InvoicePdf {

    static final String PRODUCER = "Wallbill";

    private InvoicePdf() {
    }

    public static byte[] render(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        try (PDDocument document = new PDDocument()) {
            new InvoiceLayout(document, invoice).draw();
            describe(document, invoice);
            pinDocumentId(document, invoice);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            // Plain cross-reference table, no object streams: the simplest file layout, identical on every save.
            document.save(pdf, CompressParameters.NO_COMPRESSION);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render invoice " + invoice.number(), e);
        }
    }

    private static void describe(PDDocument document, Invoice invoice) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Invoice " + invoice.number());
        info.setAuthor(invoice.issuer().name());
        info.setSubject("Home charging refunds, " + InvoiceFormat.period(invoice.period()));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        // The issue date, not the render time: re-rendering must not change the document.
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.clear();
        issued.set(invoice.issueDate().getYear(), invoice.issueDate().getMonthValue() - 1,
                invoice.issueDate().getDayOfMonth());
        info.setCreationDate(issued);
        info.setModificationDate(issued);
    }

    /**
     * Without an /ID in the trailer PDFBox writes one hashed from the current time. The first half identifies
     * the invoice (issuer and number), the second this content of it, as the PDF specification intends.
     */
    private static void pinDocumentId(PDDocument document, Invoice invoice) {
        COSArray id = new COSArray();
        id.add(new COSString(md5(invoice.issuer().taxId() + "\n" + invoice.number())));
        id.add(new COSString(md5(invoice.toString())));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
