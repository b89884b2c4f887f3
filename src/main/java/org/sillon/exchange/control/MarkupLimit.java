package org.sillon.exchange.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sillon.platform.entity.Message;

/**
 * Passes the bytes of one XML part through unchanged, refusing any markup (tag, comment, processing
 * instruction, CDATA section) longer than a cap, and any DTD. StAX readers, the JDK's and aalto's alike,
 * hold such a token whole in memory (a 20 MB attribute, comment or CDATA section runs a 64 MB heap out),
 * whereas the JDK's hands out plain text in pieces of 16K characters at most.
 * <p>
 * Reads UTF-8 bytes, in which {@code < > " ' - ? ] !} never occur inside a multi-byte character;
 * {@link XmlPart} refuses any other encoding.
 */
final class MarkupLimit extends FilterInputStream {

    private enum State { TEXT, OPENING, TAG, COMMENT, CDATA, INSTRUCTION }

    private static final byte[] COMMENT_OPENING = {'<', '!', '-', '-'};
    private static final byte[] CDATA_OPENING = {'<', '!', '[', 'C', 'D', 'A', 'T', 'A', '['};
    private static final byte[] COMMENT_END = {'-', '-', '>'};
    private static final byte[] CDATA_END = {']', ']', '>'};
    private static final byte[] INSTRUCTION_END = {'?', '>'};

    private final String part;
    private final long limit;
    private State state = State.TEXT;
    /** Bytes of the markup being read, its "<" included. */
    private long length;
    /** After "<!": the opening of a comment or of a CDATA section, which the next bytes must follow. */
    private byte[] opening;
    /** Bytes since the opening of a comment, CDATA section or instruction: its end may not overlap it. */
    private long inside;
    private byte quote;
    private byte last;
    private byte beforeLast;

    MarkupLimit(String part, InputStream in, long limit) {
        super(in);
        this.part = part;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        int n = super.read(bytes, offset, count);
        for (int i = 0; i < n; i++) {
            scan(bytes[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.min(n, 8192)])); // what a reader skips is scanned too
    }

    @Override
    public boolean markSupported() {
        return false; // bytes read again after a reset would be scanned twice
    }

    private void scan(byte b) {
        if (state == State.TEXT) {
            if (b == '<') {
                state = State.OPENING;
                length = 1;
            }
        } else {
            if (++length > limit) {
                throw new MalformedFile(0, Message.of("import.markup", part, limit));
            }
            switch (state) {
                case OPENING -> open(b);
                case TAG -> tag(b);
                case COMMENT -> endOn(b, COMMENT_END);
                case CDATA -> endOn(b, CDATA_END);
                case INSTRUCTION -> endOn(b, INSTRUCTION_END);
                default -> throw new IllegalStateException(state.name());
            }
        }
        beforeLast = last;
        last = b;
    }

    /** After "<": an element, a comment ("<!--"), a CDATA section, an instruction ("<?") or a DTD. */
    private void open(byte b) {
        int at = (int) length - 1;
        if (at == 1) {
            if (b == '?') {
                begin(State.INSTRUCTION);
            } else if (b != '!') {
                state = State.TAG;
                tag(b);
            }
        } else if (at == 2) {
            if (b != '-' && b != '[') {
                throw new MalformedFile(0, Message.of("import.dtd", part));
            }
            opening = b == '-' ? COMMENT_OPENING : CDATA_OPENING;
        } else if (b != opening[at]) {
            state = State.TAG; // not XML, which the reader will say; counted up to its ">" meanwhile
        } else if (at == opening.length - 1) {
            begin(opening == COMMENT_OPENING ? State.COMMENT : State.CDATA);
        }
    }

    private void begin(State markup) {
        state = markup;
        inside = 0;
    }

    private void tag(byte b) {
        if (quote != 0) {
            quote = b == quote ? 0 : quote;
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = State.TEXT;
        }
    }

    /** Leaves a comment, CDATA section or instruction on its end, made of bytes that follow its opening. */
    private void endOn(byte b, byte[] end) {
        int n = end.length;
        if (++inside >= n && b == end[n - 1] && last == end[n - 2] && (n < 3 || beforeLast == end[n - 3])) {
            state = State.TEXT;
        }
    }
}
