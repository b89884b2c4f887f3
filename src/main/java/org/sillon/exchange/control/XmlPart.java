package org.sillon.exchange.control;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sillon.platform.entity.Message;

/**
 * Reads one XML part of a workbook as StAX events for its {@link Rules}, under the caps every part shares:
 * UTF-8 only, no DTD, markup no longer than a cap ({@link MarkupLimit}), elements nested at most
 * {@link #MAX_DEPTH} deep (both readers keep a frame per open element). Text reaches the rules in pieces,
 * never whole: the JDK's reader is used for that, not aalto (which fastexcel uses, and which builds each
 * text node whole).
 */
final class XmlPart {

    /** Spreadsheet parts nest about ten deep. */
    static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = factory();

    /** What one kind of part checks while it is read. */
    interface Rules {

        void start(XMLStreamReader xml, int depth);

        default void end(XMLStreamReader xml, int depth) {
        }

        /** A piece of text: {@code xml.getTextLength()} characters at most 16K. */
        default void text(XMLStreamReader xml) {
        }

        /** True once the rest of the part is of no interest to the reader it guards. */
        default boolean done() {
            return false;
        }
    }

    private XmlPart() {
    }

    private static XMLInputFactory factory() {
        // the JDK's own reader: XMLInputFactory.newFactory() would find aalto through the service loader
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Reads {@code in} until its end or until the rules are done; the caller drains and closes it. */
    static void read(String part, InputStream in, long markupLimit, Rules rules) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new MarkupLimit(part, in, markupLimit));
            try {
                String declared = xml.getCharacterEncodingScheme();
                if (!"UTF-8".equalsIgnoreCase(xml.getEncoding()) || declared != null && !"UTF-8".equalsIgnoreCase(declared)) {
                    throw new MalformedFile(0, Message.of("import.encoding", part));
                }
                int depth = 0;
                while (xml.hasNext() && !rules.done()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (++depth > MAX_DEPTH) {
                                throw new MalformedFile(0, Message.of("import.depth", part, MAX_DEPTH));
                            }
                            rules.start(xml, depth);
                        }
                        case XMLStreamConstants.END_ELEMENT -> rules.end(xml, depth--);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                                rules.text(xml);
                        default -> {
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new MalformedFile(0, Message.of("import.xlsxPartUnreadable", part, e.getMessage()));
        }
    }
}
