package org.sillon.exchange.control;

/**
 * A file refused for its size rather than its form: more rows, inflated bytes or compression than an import
 * reads. The message names the limit and its configuration key.
 */
public class FileTooLarge extends MalformedFile {

    public FileTooLarge(String message) {
        super(0, message);
    }
}
