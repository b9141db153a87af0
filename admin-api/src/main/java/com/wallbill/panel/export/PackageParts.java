package com.wallbill.panel.export;

import java.util.List;

/**
 * The fixed parts of a one-sheet .xlsx package (SpreadsheetML, ECMA-376): content types, relationships, styles and
 * the workbook. Only the worksheet part is streamed; see {@link WorksheetXml}.
 */
final class PackageParts {

    static final String SHEET_PATH = "xl/worksheets/sheet1.xml";
    static final String WORKBOOK_PATH = "xl/workbook.xml";
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Cell style (index into cellXfs) of the header row. */
    static final int HEADER_STYLE = 1;
    /** Custom number formats start here; lower ids are Excel's built-in ones. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL_TYPE = OFFICE_RELATIONSHIPS_NS + "/";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-";

    private PackageParts() {
    }

    /** Cell style of a column type: one shared style per type, after the default (0) and the header (1). */
    static int styleOf(ColumnType type) {
        return 2 + type.ordinal();
    }

    /** A part of the package: its path in the zip and its XML. */
    record Part(String path, String xml) {
    }

    /**
     * The parts that do not depend on the data, written before the worksheet; content types first, as tools that
     * sniff the file type expect.
     */
    static List<Part> leadingParts() {
        return List.of(
                new Part("[Content_Types].xml", contentTypes()),
                new Part("_rels/.rels", relationships(relationship("rId1", "officeDocument", WORKBOOK_PATH))),
                new Part("xl/_rels/workbook.xml.rels", relationships(
                        relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                        + relationship("rId2", "styles", "styles.xml"))),
                new Part("xl/styles.xml", styles()));
    }

    /**
     * The workbook part, written last because the autofilter's hidden defined name (which Excel keeps next to the
     * sheet's {@code autoFilter} element) spans the final row count.
     */
    static void workbook(XmlBytes xml, String sheetName, String filterRange) {
        xml.raw(XML_DECLARATION)
                .raw("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + OFFICE_RELATIONSHIPS_NS + "\">"
                        + "<bookViews><workbookView/></bookViews><sheets><sheet name=\"")
                .text(sheetName)
                .raw("\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
                        + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'")
                .text(sheetName.replace("'", "''"))
                .raw("'!" + filterRange + "</definedName></definedNames></workbook>");
    }

    private static String contentTypes() {
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"" + CONTENT_TYPE + "package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/" + WORKBOOK_PATH, "spreadsheetml.sheet.main+xml")
                + override("/" + SHEET_PATH, "spreadsheetml.worksheet+xml")
                + override("/xl/styles.xml", "spreadsheetml.styles+xml")
                + "</Types>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + CONTENT_TYPE + "officedocument." + type + "\"/>";
    }

    private static String relationships(String content) {
        return XML_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS_NS + "\">" + content + "</Relationships>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL_TYPE + type + "\" Target=\"" + target + "\"/>";
    }

    /** Two fonts (regular, bold), the two fills Excel requires, one border, one cell style per column type. */
    private static String styles() {
        // format codes are plain ASCII without XML metacharacters, so they need no escaping
        ColumnType[] types = ColumnType.values();
        StringBuilder formats = new StringBuilder();
        StringBuilder xfs = new StringBuilder()
                .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
                .append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>");
        for (ColumnType type : types) {
            int formatId = FIRST_CUSTOM_FORMAT + type.ordinal();
            formats.append("<numFmt numFmtId=\"").append(formatId).append("\" formatCode=\"")
                    .append(type.formatCode())
                    .append("\"/>");
            xfs.append("<xf numFmtId=\"").append(formatId)
                    .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        }
        return XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<numFmts count=\"" + types.length + "\">" + formats + "</numFmts>"
                + "<fonts count=\"2\">" + font("") + font("<b/>") + "</fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + (2 + types.length) + "\">" + xfs + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String font(String bold) {
        return "<font>" + bold + "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>";
    }
}
