package org.sillon.exchange.control;

/** A file that cannot be read as a member list; names the line at fault when there is one (0 otherwise). */
public class MalformedFile extends RuntimeException {

    private final int line;

    public MalformedFile(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
