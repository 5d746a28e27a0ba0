package io.apiemulator.admin;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** Counts the body bytes the application reads, for chunked requests that announce no Content-Length. */
final class CountingRequest extends HttpServletRequestWrapper {

    private long bytesRead;
    private ServletInputStream stream;

    CountingRequest(HttpServletRequest request) {
        super(request);
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream());
        }
        return stream;
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream delegate;

        Counting(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
