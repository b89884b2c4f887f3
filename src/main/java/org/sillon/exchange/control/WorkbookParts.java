package org.sillon.exchange.control;

import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import org.sillon.platform.entity.Message;

/**
 * Finds the parts fastexcel-reader 0.19 will read, the way it finds them (its OPCPackage and
 * ReadableWorkbook): workbook, shared strings and styles by the content types, the first sheet by the
 * workbook's first {@code sheet} and the workbook's relationships. Where fastexcel would fail, the part is
 * left null and fastexcel says what is wrong. Keep in step with fastexcel when it is upgraded.
 */
final class WorkbookParts {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Sheets, relationships or formats fastexcel keeps an object for, each. */
    static final int MAX_ELEMENTS = 100_000;

    private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern FILE_NAME = Pattern.compile("^(.*/)([^/]+)$");

    private WorkbookParts() {
    }

    /** The part names of {@code [Content_Types].xml}, as fastexcel reads them. */
    static final class ContentTypes implements XmlPart.Rules {
        private String workbook;
        private String sharedStrings;
        private String styles;

        @Override
        public void start(XMLStreamReader xml, int depth) {
            boolean complete = workbook != null && sharedStrings != null && styles != null;
            String type = xml.getAttributeValue(null, "ContentType");
            String name = xml.getAttributeValue(null, "PartName");
            if (complete || !"Override".equals(xml.getLocalName()) || type == null || name == null) {
                return;
            }
            switch (type) {
                case WORKBOOK_TYPE, MACRO_WORKBOOK_TYPE -> workbook = name;
                case SHARED_STRINGS_TYPE -> sharedStrings = name;
                case STYLES_TYPE -> styles = name;
                default -> {
                }
            }
        }

        String workbook() {
            return workbook == null ? "/xl/workbook.xml" : workbook;
        }

        String sharedStrings() {
            return sharedStrings;
        }

        String styles() {
            return styles;
        }

        /** The workbook's relationships part; null where fastexcel would fail to name it. */
        String relationships() {
            String name = FILE_NAME.matcher(workbook()).replaceFirst("$1_rels/$2.rels");
            return name.contains("_rel") ? name : null;
        }
    }

    /** The relationship id of the first sheet of {@code workbook.xml}; counts the sheets. */
    static final class Workbook implements XmlPart.Rules {
        private final String part;
        private boolean inSheets;
        private boolean ended;
        private int sheets;
        private String firstSheet;

        Workbook(String part) {
            this.part = part;
        }

        @Override
        public void start(XMLStreamReader xml, int depth) {
            String name = xml.getLocalName();
            if (ended) {
                return;
            }
            if ("sheets".equals(name)) {
                inSheets = true;
            } else if (inSheets && "sheet".equals(name)) {
                if (sheets++ == 0) {
                    firstSheet = xml.getAttributeValue(RELATIONSHIPS_NAMESPACE, "id");
                }
                if (sheets > MAX_ELEMENTS) {
                    throw tooMany(part, "sheet");
                }
            }
        }

        @Override
        public void end(XMLStreamReader xml, int depth) {
            if ("sheets".equals(xml.getLocalName())) {
                inSheets = false;
            } else if ("workbook".equals(xml.getLocalName())) {
                ended = true; // fastexcel stops there
            }
        }

        boolean hasSheet() {
            return sheets > 0;
        }

        String firstSheet() {
            return firstSheet;
        }
    }

    /** The part the first sheet's relationship targets, the last one of that id as in fastexcel's map. */
    static final class Relationships implements XmlPart.Rules {
        private final String part;
        private final String sheetId;
        private final String folder;
        private int count;
        private String sheet;

        /** {@code name} is the part's name as the content types give it, from which targets are resolved. */
        Relationships(String part, String name, String sheetId) {
            this.part = part;
            this.sheetId = sheetId;
            this.folder = name.substring(0, name.indexOf("_rel"));
        }

        @Override
        public void start(XMLStreamReader xml, int depth) {
            if (!"Relationship".equals(xml.getLocalName())) {
                return;
            }
            if (++count > MAX_ELEMENTS) {
                throw tooMany(part, "Relationship");
            }
            String target = xml.getAttributeValue(null, "Target");
            if (Objects.equals(sheetId, xml.getAttributeValue(null, "Id"))) {
                sheet = target == null || target.startsWith("/") ? target : folder + target;
            }
        }

        String sheet() {
            return sheet;
        }
    }

    /** Counts the elements of the styles part fastexcel keeps: cell formats and number formats. */
    static final class Styles implements XmlPart.Rules {
        private final String part;
        private int count;

        Styles(String part) {
            this.part = part;
        }

        @Override
        public void start(XMLStreamReader xml, int depth) {
            String name = xml.getLocalName();
            if (("xf".equals(name) || "numFmt".equals(name)) && ++count > MAX_ELEMENTS) {
                throw tooMany(part, name);
            }
        }
    }

    private static FileTooLarge tooMany(String part, String element) {
        return new FileTooLarge(Message.of("import.maxElements", part, MAX_ELEMENTS, element));
    }
}
