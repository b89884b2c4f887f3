package org.sillon.exchange.control;

import javax.xml.stream.XMLStreamReader;
import org.sillon.platform.entity.Message;

/**
 * What the shared-strings part must be before fastexcel reads it: no string longer than the cell limit (its
 * rich-text runs and phonetic hints together). Counts the strings, for the indexes the sheet uses.
 */
final class SharedStringRules implements XmlPart.Rules {

    private final ImportLimits limits;
    private int count;
    private int depth = -1;
    private long length;

    SharedStringRules(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public void start(XMLStreamReader xml, int depth) {
        if (this.depth < 0 && "si".equals(xml.getLocalName())) {
            this.depth = depth;
            length = 0;
            count++;
        }
    }

    @Override
    public void text(XMLStreamReader xml) {
        if (depth >= 0) {
            length += xml.getTextLength();
            if (length > limits.maxCellChars()) {
                throw new MalformedFile(0, Message.of("import.sharedStringTooLong", count - 1, limits.maxCellChars(),
                        ImportLimits.MAX_CELL_CHARS));
            }
        }
    }

    @Override
    public void end(XMLStreamReader xml, int depth) {
        if (depth == this.depth) {
            this.depth = -1;
        }
    }

    int count() {
        return count;
    }
}
