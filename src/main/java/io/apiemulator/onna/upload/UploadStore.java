package io.apiemulator.onna.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import io.apiemulator.kernel.persistence.StorageProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Upload bytes on disk, always (also when the database is in memory): {@code <data-dir>/uploads/<resource id>/data}.
 * Bodies are streamed through a fixed buffer, so memory stays flat whatever the upload size, and forced to disk
 * before the caller commits the new offset. Bytes past the committed offset (a failed or discarded request) are
 * cut off by the next append, so they never become part of the file.
 */
@Component
class UploadStore {

    /** The size bodies are read and written in (also Tomcat's socket reads: UploadSocketBuffers). */
    static final int BUFFER = 64 * 1024;
    /** How many bytes an append writes between the background flushes it starts. */
    private static final long FLUSH_EVERY = 1024L * 1024;
    private static final String DATA = "data";

    private final Path root;
    private final Executor flusher = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "upload-flush");
        thread.setDaemon(true);
        return thread;
    });

    UploadStore(StorageProperties storage) {
        this.root = storage.dataDir().resolve("uploads");
    }

    /** Empties (or creates) the upload's file. */
    void reset(String id) throws IOException {
        Files.createDirectories(dir(id));
        try (FileChannel file = FileChannel.open(data(id), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            file.force(true);
        }
    }

    /**
     * Writes up to {@code limit} bytes of {@code body} at {@code offset}, feeding each written byte to the
     * {@code digests}. Reading one byte more than the limit marks the result as overflowing; a body that breaks
     * off (client gone) keeps what arrived. Disk errors and {@code heartbeat} failures propagate.
     * <p>
     * Every byte written is on disk when this returns. So that the final fsync does not have to wait for the
     * whole body (a fifth of an 8 MiB PATCH's time), earlier bytes are flushed in the background while later
     * ones still arrive: one flush at a time, started every {@link #FLUSH_EVERY} bytes.
     */
    Appended append(String id, long offset, InputStream body, long limit, List<MessageDigest> digests,
            Runnable heartbeat) throws IOException {
        Files.createDirectories(dir(id));
        try (FileChannel file = FileChannel.open(data(id), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (file.size() < offset) {
                throw new IllegalStateException("Upload " + id + " has " + file.size() + " bytes on disk, offset is "
                        + offset);
            }
            file.truncate(offset);
            file.position(offset);
            byte[] buffer = new byte[BUFFER];
            long written = 0;
            long flushedAt = 0;
            CompletableFuture<Void> flushing = CompletableFuture.completedFuture(null);
            boolean overflow = false;
            boolean interrupted = false;
            while (true) {
                int n;
                try {
                    n = body.read(buffer, 0, (int) Math.min(buffer.length, limit - written + 1));
                }
                catch (IOException clientGone) {
                    interrupted = true;
                    break;
                }
                if (n < 0) {
                    break;
                }
                int accepted = (int) Math.min(n, limit - written);
                overflow = accepted < n;
                writeFully(file, buffer, accepted);
                for (MessageDigest digest : digests) {
                    digest.update(buffer, 0, accepted);
                }
                written += accepted;
                if (written - flushedAt >= FLUSH_EVERY && flushing.isDone()) {
                    flushing = CompletableFuture.runAsync(() -> force(file), flusher);
                    flushedAt = written;
                }
                heartbeat.run();
                if (overflow) {
                    break;
                }
            }
            awaitFlush(flushing);
            file.force(false);
            return new Appended(written, overflow, interrupted);
        }
    }

    /** Cuts the file back to {@code offset}, discarding a chunk that must not count. */
    void truncate(String id, long offset) throws IOException {
        try (FileChannel file = FileChannel.open(data(id), StandardOpenOption.WRITE)) {
            file.truncate(offset);
            file.force(false);
        }
    }

    /** Hex MD5 of the first {@code length} bytes, read through a fixed buffer. */
    String md5(String id, long length, Runnable heartbeat) throws IOException {
        MessageDigest md5 = UploadChecksum.digest("md5");
        try (InputStream in = Files.newInputStream(data(id))) {
            byte[] buffer = new byte[BUFFER];
            long remaining = length;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new IllegalStateException("Upload " + id + " is shorter on disk than its offset " + length);
                }
                md5.update(buffer, 0, n);
                remaining -= n;
                heartbeat.run();
            }
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    void delete(String id) {
        try {
            FileSystemUtils.deleteRecursively(dir(id));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete upload " + id, e);
        }
    }

    void deleteAll() {
        try {
            FileSystemUtils.deleteRecursively(root);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    /**
     * The resource ids whose directory saw no write since {@code before}: candidates for sweeping when the
     * database no longer knows them (the age keeps a sweep off uploads another instance is just creating).
     */
    List<String> idleIds(Instant before) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(dir -> lastWrite(dir).isBefore(before)).map(p -> p.getFileName().toString()).toList();
        }
        catch (NoSuchFileException e) {
            return List.of();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static Instant lastWrite(Path dir) {
        try {
            Path data = dir.resolve(DATA);
            return Files.getLastModifiedTime(Files.exists(data) ? data : dir).toInstant();
        }
        catch (IOException e) {
            return Instant.MAX;
        }
    }

    private Path dir(String id) {
        Path dir = root.resolve(id).normalize();
        if (!dir.getParent().equals(root)) {
            throw new IllegalArgumentException("Not an upload id: " + id);
        }
        return dir;
    }

    private Path data(String id) {
        return dir(id).resolve(DATA);
    }

    private static void force(FileChannel file) {
        try {
            file.force(false);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitFlush(CompletableFuture<Void> flushing) throws IOException {
        try {
            flushing.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static void writeFully(FileChannel file, byte[] buffer, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
        while (bytes.hasRemaining()) {
            file.write(bytes);
        }
    }

    /** What one append did: bytes written, whether the body went past the limit or broke off. */
    record Appended(long bytes, boolean overflow, boolean interrupted) {
    }
}
