import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Re-reads an exported .xlsx without loading it: POI opens the package and hands out the first sheet's XML, which
 * a SAX handler walks, counting data rows and summing one column from the raw cell values (exact, not as a format
 * shows them). Prints {@code rows|sum|header of that column}.
 *
 * <pre>java -cp 'central-system/target/quarkus-app/lib/main/*' bench/XlsxCheck.java FILE COLUMN_LETTER</pre>
 */
public class XlsxCheck {

    public static void main(String[] args) throws Exception {
        String column = args[1];
        try (OPCPackage pkg = OPCPackage.open(new File(args[0]), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            try (InputStream sheet = sheets.next()) {
                Handler handler = new Handler(column);
                XMLReader reader = XMLHelper.newXMLReader();
                reader.setContentHandler(handler);
                reader.parse(new InputSource(sheet));
                System.out.println((handler.rows - 1) + "|" + handler.sum.toPlainString() + "|" + handler.header);
            }
        }
    }

    private static final class Handler extends DefaultHandler {
        private final String column;
        private final StringBuilder text = new StringBuilder();
        private long rows;
        private BigDecimal sum = BigDecimal.ZERO;
        private String header = "";
        private boolean inCell;
        private boolean inText;

        Handler(String column) {
            this.column = column;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> rows++;
                case "c" -> inCell = attributes.getValue("r").replaceAll("\\d", "").equals(column);
                case "v", "t" -> {
                    inText = inCell;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (inText && (localName.equals("v") || localName.equals("t"))) {
                if (rows == 1) {
                    header = text.toString();
                } else {
                    sum = sum.add(new BigDecimal(text.toString()));
                }
                inText = false;
            }
        }
    }
}
