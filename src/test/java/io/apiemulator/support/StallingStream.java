package io.apiemulator.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request body that gives {@code stallAt} bytes, waits for the latch, then the rest: two requests that surely
 * overlap.
 */
public final class StallingStream extends InputStream {

    private final byte[] bytes;
    private final int stallAt;
    private final CountDownLatch latch;
    private int position;

    public StallingStream(byte[] bytes, int stallAt, CountDownLatch latch) {
        this.bytes = bytes;
        this.stallAt = stallAt;
        this.latch = latch;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position == stallAt) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        if (position >= bytes.length) {
            return -1;
        }
        int end = position < stallAt ? stallAt : bytes.length;
        int n = Math.min(length, end - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }
}
