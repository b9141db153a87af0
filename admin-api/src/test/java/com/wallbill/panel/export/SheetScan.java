package com.wallbill.panel.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx without loading it: POI opens the package (checking content types and
 * relationships) and {@link XSSFReader} hands out the sheet XML, which a SAX handler walks. Counts the data rows
 * and sums one column from the raw cell values, so the sum is exact rather than what a number format shows.
 */
final class SheetScan {

    /** Rows after the header, and the sum of the scanned column. */
    record Result(long dataRows, BigDecimal sum) {
    }

    private SheetScan() {
    }

    static Result scan(Path file, int sumColumn) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            try (InputStream sheet = sheets.next()) {
                Handler handler = new Handler(WorksheetXml.columnName(sumColumn));
                XMLReader reader = XMLHelper.newXMLReader();
                reader.setContentHandler(handler);
                reader.parse(new InputSource(sheet));
                return new Result(handler.rows - 1, handler.sum);
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable workbook: " + file, e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final String column;
        private final StringBuilder value = new StringBuilder();
        private long rows;
        private BigDecimal sum = BigDecimal.ZERO;
        private boolean inSummedCell;
        private boolean inValue;

        Handler(String column) {
            this.column = column;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> rows++;
                case "c" -> inSummedCell = rows > 1 && column.equals(letters(attributes.getValue("r")));
                case "v" -> {
                    inValue = inSummedCell;
                    value.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (inValue && localName.equals("v")) {
                sum = sum.add(new BigDecimal(value.toString()));
                inValue = false;
            }
        }

        private static String letters(String cellRef) {
            int end = 0;
            while (end < cellRef.length() && Character.isLetter(cellRef.charAt(end))) {
                end++;
            }
            return cellRef.substring(0, end);
        }
    }
}
