package org.sillon.exchange.control;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.sillon.platform.entity.Message;

/**
 * What a worksheet must be before fastexcel reads it: rows below the headers within the limit, every cell
 * reference within A1:XFD1048576, no value beyond {@link #MAX_COLUMNS}, no value, formula or inline string
 * longer than the cell limit, shared strings referred to by indexes the shared-strings part has (fastexcel
 * would add empty strings up to any index, and keeps those it reads up to the highest), and
 * formulas that fastexcel can expand in reasonable time. Follows fastexcel's reading: the rows of the first
 * {@code sheetData}, the first of them the headers; the text of a {@code v}, {@code f} or {@code is}
 * element counts what its nested elements hold.
 */
final class SheetRules implements XmlPart.Rules {

    /** Columns an import reads: far more than a member list has, and each row keeps that many. */
    static final int MAX_COLUMNS = 200;
    /** Shared strings fastexcel keeps in memory, up to the highest index a cell uses. */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    /** fastexcel looks every cell up in its array formulas, one by one. */
    static final int MAX_ARRAY_FORMULAS = 100;
    /** fastexcel keeps every shared formula of the sheet. */
    static final int MAX_SHARED_FORMULAS = 50_000;
    /**
     * fastexcel rewrites a shared formula for each cell that uses it in time that grows with the square of its
     * length: 27 ms for 8,000 characters here, 4.6 minutes for 10,000 cells (a 52 kB file). This bounds the sum
     * of those squares to about 2 s, as much as 50,000 rows of ten shared formulas of 100 characters each.
     */
    static final long MAX_FORMULA_WORK = 5_000_000_000L;

    private final ImportLimits limits;
    private final int sharedStrings;
    private final Map<Integer, Integer> sharedFormulaLengths = new HashMap<>();
    private int arrayFormulas;
    private long formulaWork;

    private boolean inSheetData;
    private boolean finished;
    private int sheetDataDepth;
    private boolean headersSeen;
    private int rows;

    private int rowDepth = -1;
    private int rowsSeen;
    private int rowNumber;
    private boolean rowHasValue;
    private int cellsInRow;

    private int cellDepth = -1;
    private int column;
    private boolean sharedString;
    private boolean cellHasValue;

    private int textDepth = -1;
    private String textElement;
    private long textLength;
    private final StringBuilder index = new StringBuilder();
    private String formulaType;
    private String formulaIndex;
    private boolean formulaRanged;

    /** {@code sharedStrings}: how many the shared-strings part holds. */
    SheetRules(ImportLimits limits, int sharedStrings) {
        this.limits = limits;
        this.sharedStrings = sharedStrings;
    }

    @Override
    public void start(XMLStreamReader xml, int depth) {
        String name = xml.getLocalName();
        if (!inSheetData) {
            if ("sheetData".equals(name)) {
                inSheetData = true;
                sheetDataDepth = depth;
            }
        } else if (rowDepth < 0) {
            if ("row".equals(name)) {
                startRow(xml.getAttributeValue(null, "r"), depth);
            }
        } else if (cellDepth < 0) {
            if ("c".equals(name)) {
                startCell(xml.getAttributeValue(null, "r"), xml.getAttributeValue(null, "t"), depth);
            }
        } else if (textDepth < 0 && ("v".equals(name) || "f".equals(name) || "is".equals(name) || "t".equals(name))) {
            textDepth = depth;
            textElement = name;
            textLength = 0;
            index.setLength(0);
            if ("f".equals(name)) {
                formulaType = xml.getAttributeValue(null, "t");
                formulaIndex = xml.getAttributeValue(null, "si");
                formulaRanged = xml.getAttributeValue(null, "ref") != null;
            }
        }
    }

    private void startRow(String r, int depth) {
        rowDepth = depth;
        rowsSeen++;
        if (r != null && CellReference.row(r) < 0) {
            throw new MalformedFile(0, Message.of("import.rowNumber", shown(r), CellReference.MAX_ROWS));
        }
        rowNumber = r == null ? rowsSeen : Integer.parseInt(r);
        rowHasValue = false;
        cellsInRow = 0;
    }

    private void startCell(String r, String type, int depth) {
        cellDepth = depth;
        if (r == null) {
            column = cellsInRow; // fastexcel places a cell without reference after the cells before it
        } else {
            CellReference reference = CellReference.parse(r);
            if (reference == null) {
                throw new MalformedFile(0, Message.of("import.cellReference", shown(r)));
            }
            column = reference.column();
        }
        cellsInRow++;
        sharedString = "s".equals(type);
        cellHasValue = false;
    }

    @Override
    public void text(XMLStreamReader xml) {
        if (textDepth < 0) {
            return;
        }
        textLength += xml.getTextLength();
        if (textLength > limits.maxCellChars()) {
            throw new MalformedFile(0, Message.of("import.cellTooLong", cell(), limits.maxCellChars(),
                    ImportLimits.MAX_CELL_CHARS));
        }
        if (sharedString && "v".equals(textElement) && index.length() <= 11) {
            index.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(xml.getTextLength(), 12));
        }
    }

    @Override
    public void end(XMLStreamReader xml, int depth) {
        if (depth == textDepth) {
            endText();
        } else if (depth == cellDepth) {
            if (cellHasValue) {
                if (column >= MAX_COLUMNS) {
                    throw new MalformedFile(0, Message.of("import.tooWide", cell(),
                            CellReference.columnName(MAX_COLUMNS - 1)));
                }
                rowHasValue = true;
            }
            cellDepth = -1;
        } else if (depth == rowDepth) {
            endRow();
        } else if (inSheetData && depth == sheetDataDepth) {
            finished = true; // fastexcel reads no further
        }
    }

    private void endText() {
        textDepth = -1;
        switch (textElement) {
            case "v" -> {
                cellHasValue |= textLength > 0;
                if (sharedString && textLength > 0) {
                    sharedStringIndex(index.toString());
                }
            }
            case "is" -> cellHasValue |= textLength > 0;
            case "f" -> formula();
            default -> {
            }
        }
    }

    private void sharedStringIndex(String text) {
        int i;
        try {
            i = text.length() > 11 ? -1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= sharedStrings) {
            throw new MalformedFile(0, Message.of("import.sharedStringMissing", cell(), shown(text)));
        }
        if (i >= MAX_SHARED_STRINGS) {
            throw new FileTooLarge(Message.of("import.maxSharedStrings", cell(), i, MAX_SHARED_STRINGS));
        }
    }

    private void formula() {
        if ("array".equals(formulaType) && formulaRanged && ++arrayFormulas > MAX_ARRAY_FORMULAS) {
            throw tooManyFormulas();
        }
        if (!"shared".equals(formulaType) || formulaIndex == null) {
            return;
        }
        Integer si;
        try {
            si = Integer.valueOf(formulaIndex);
        } catch (NumberFormatException e) {
            return; // fastexcel refuses it
        }
        if (formulaRanged) {
            sharedFormulaLengths.put(si, (int) textLength);
            if (sharedFormulaLengths.size() > MAX_SHARED_FORMULAS) {
                throw tooManyFormulas();
            }
        } else if (sharedFormulaLengths.containsKey(si)) {
            long length = sharedFormulaLengths.get(si);
            formulaWork += length * length;
            if (formulaWork > MAX_FORMULA_WORK) {
                throw tooManyFormulas();
            }
        }
    }

    private static FileTooLarge tooManyFormulas() {
        return new FileTooLarge(Message.of("import.formulas"));
    }

    private void endRow() {
        rowDepth = -1;
        if (!headersSeen) {
            headersSeen = true;
        } else if (rowHasValue && ++rows > limits.maxRows()) {
            throw new FileTooLarge(Message.of("import.maxRows", limits.maxRows(), ImportLimits.MAX_ROWS));
        }
    }

    @Override
    public boolean done() {
        return finished;
    }

    /** The cell being read, as a refusal names it: its column and the row's number. */
    private String cell() {
        return CellReference.columnName(column) + rowNumber;
    }

    /** A value from the file as a message shows it: short. */
    static String shown(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
