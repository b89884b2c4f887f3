package org.sillon.platform.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that reports how many bytes have passed through it after every read, skipped bytes included, so
 * that a subclass can stop a stream the moment it passes a limit, before the bytes are kept anywhere.
 */
public abstract class CountingStream extends FilterInputStream {

    private long count;

    protected CountingStream(InputStream in) {
        super(in);
    }

    /** Called with the bytes just read and the total so far; throws to stop the stream. */
    protected abstract void counted(int bytes, long total);

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
    }

    private void advance(int n) {
        count += n;
        counted(n, count);
    }
}
