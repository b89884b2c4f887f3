package org.sillon.exchange.control;

import org.sillon.platform.entity.Message;

/**
 * A file that cannot be read as a member list, and why; names the line at fault when there is one (0
 * otherwise). {@link #getMessage()} is the English text, for logs.
 */
public class MalformedFile extends RuntimeException {

    private final int line;
    private final transient Message reason;

    public MalformedFile(int line, Message reason) {
        super(reason.toString());
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public Message reason() {
        return reason;
    }
}
