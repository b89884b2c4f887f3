package org.sillon.exchange.control;

import org.sillon.platform.entity.Message;

/**
 * A file refused for its size rather than its form: more rows, inflated bytes or compression than an import
 * reads. The reason names the limit and its configuration key.
 */
public class FileTooLarge extends MalformedFile {

    public FileTooLarge(Message reason) {
        super(0, reason);
    }
}
