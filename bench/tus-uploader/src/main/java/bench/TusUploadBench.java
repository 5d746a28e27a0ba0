package bench;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;

/**
 * Uploads SIZE synthetic bytes to a TUS creation URL with the official client, CHUNK bytes per PATCH, and prints
 * one RESULT line (bytes, seconds, MiB/s, upload URL). The bytes come from memory, so the client's disk is not
 * part of the figure. Usage: TusUploadBench CREATION_URL SIZE_BYTES CHUNK_BYTES; env TUS_BEARER adds a token.
 */
public final class TusUploadBench {

    public static void main(String[] args) throws Exception {
        URL creationUrl = new URL(args[0]);
        long size = Long.parseLong(args[1]);
        int chunk = Integer.parseInt(args[2]);

        TusClient client = new TusClient();
        client.setUploadCreationURL(creationUrl);
        Map<String, String> headers = new HashMap<>();
        String bearer = System.getenv("TUS_BEARER");
        if (bearer != null && !bearer.isEmpty()) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        client.setHeaders(headers);

        TusUpload upload = new TusUpload();
        upload.setSize(size);
        upload.setInputStream(new SyntheticBytes(size, chunk));
        upload.setFingerprint("bench-" + size + "-" + System.nanoTime());
        upload.setMetadata(Map.of("filename", "bench.bin", "filetype", "application/octet-stream"));

        long started = System.nanoTime();
        TusUploader uploader = client.createUpload(upload);
        uploader.setChunkSize(chunk);
        uploader.setRequestPayloadSize(chunk);
        while (uploader.uploadChunk() > -1) {
            // each call sends one chunk; a request is closed every CHUNK bytes
        }
        uploader.finish();
        double seconds = (System.nanoTime() - started) / 1e9;

        long serverOffset = serverOffset(client, uploader.getUploadURL());
        if (serverOffset != size) {
            throw new IllegalStateException("server reports Upload-Offset " + serverOffset + ", expected " + size);
        }
        System.out.printf("RESULT bytes=%d seconds=%.3f mib_s=%.1f url=%s%n",
                size, seconds, size / 1048576.0 / seconds, uploader.getUploadURL());
    }

    /** HEAD the upload as a resuming client would: the server's view of how much arrived. */
    private static long serverOffset(TusClient client, URL uploadUrl) throws Exception {
        HttpURLConnection head = (HttpURLConnection) uploadUrl.openConnection();
        head.setRequestMethod("HEAD");
        client.prepareConnection(head);
        int status = head.getResponseCode();
        String offset = head.getHeaderField("Upload-Offset");
        head.disconnect();
        if (status / 100 != 2 || offset == null) {
            throw new IllegalStateException("HEAD " + uploadUrl + " answered " + status + ", Upload-Offset " + offset);
        }
        return Long.parseLong(offset);
    }

    /** SIZE pseudo-random bytes (one random block repeated), with mark/reset so the client need not buffer a copy. */
    private static final class SyntheticBytes extends InputStream {
        private final byte[] block;
        private final long size;
        private long position;
        private long mark;

        SyntheticBytes(long size, int blockSize) {
            this.size = size;
            this.block = new byte[blockSize];
            new Random(42).nextBytes(block);
        }

        @Override
        public int read() {
            return position < size ? block[(int) (position++ % block.length)] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int from = (int) (position % block.length);
            int n = (int) Math.min(Math.min(len, block.length - from), size - position);
            System.arraycopy(block, from, b, off, n);
            position += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, size - position));
            position += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int readLimit) {
            mark = position;
        }

        @Override
        public synchronized void reset() {
            position = mark;
        }
    }
}
