package io.apiemulator.onna.upload;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

import io.apiemulator.onna.resource.UploadedFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Appends one request body to a claimed upload: stream to disk, verify the chunk checksum, commit the offset,
 * and when the last byte arrived record the file (md5, size, name, type) on its resource. A body that breaks
 * off keeps the bytes that arrived, unless a checksum was sent (then the chunk cannot be verified and goes).
 */
@Component
class UploadWriter {

    private static final Logger log = LoggerFactory.getLogger(UploadWriter.class);

    private final UploadStore store;
    private final UploadBook book;
    private final RunningMd5s md5s;
    private final TusProperties properties;
    private final Clock clock;

    UploadWriter(UploadStore store, UploadBook book, RunningMd5s md5s, TusProperties properties, Clock clock) {
        this.store = store;
        this.book = book;
        this.md5s = md5s;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param length the upload's length if known (declared now or before), else {@code null}
     * @param declaredBody the request's Content-Length, or -1 when chunked
     * @param lengthIsBody true for single-request uploads: the body's end is the upload's end
     * @return the upload after the commit
     */
    Upload write(Claim claim, InputStream body, long declaredBody, Long length, UploadChecksum checksum,
            boolean lengthIsBody) {
        String id = claim.resourceId();
        long start = claim.upload().offset();
        try {
            long limit = (length != null ? length : properties.maxSize().toBytes()) - start;
            if (declaredBody > limit) {
                throw TusException.tooLarge(tooLarge(length));
            }
            MessageDigest digest = checksum == null ? null : checksum.newDigest();
            MessageDigest md5 = md5s.resume(claim.upload(), start);
            Runnable heartbeat = heartbeat(claim);
            UploadStore.Appended appended = store.append(id, start, body, limit,
                    Stream.of(digest, md5).filter(Objects::nonNull).toList(), heartbeat);
            boolean interrupted = appended.interrupted() || (declaredBody >= 0 && appended.bytes() < declaredBody);
            if (appended.overflow()) {
                throw TusException.tooLarge(tooLarge(length));
            }
            if (checksum != null && interrupted) {
                throw TusException.badRequest("The request body ended before its checksum could be verified");
            }
            if (checksum != null && !checksum.matches(digest)) {
                throw TusException.checksumMismatch(checksum.algorithm());
            }
            long offset = start + appended.bytes();
            Long finalLength = lengthIsBody && !interrupted ? Long.valueOf(offset) : length;
            boolean complete = finalLength != null && offset == finalLength;
            UploadedFile completed = complete ? UploadedFiles.describe(UploadMetadata.parse(claim.upload().metadata()),
                    md5 != null ? HexFormat.of().formatHex(md5.digest()) : store.md5(id, offset, heartbeat), offset)
                    : null;
            Upload committed = book.commit(claim, offset, finalLength, completed)
                    .orElseThrow(() -> TusException.takenOver(id));
            if (!complete && md5 != null) {
                md5s.keep(claim.upload(), offset, md5);
            }
            if (interrupted) {
                log.info("Upload {} interrupted by the client; kept {} bytes, offset {}", id, appended.bytes(), offset);
            }
            return committed;
        }
        catch (TusException e) {
            // 423 here means the claim lapsed: the bytes on disk belong to whoever holds the upload now
            if (e.status().value() != HttpStatus.LOCKED.value()) {
                discard(claim, start);
            }
            throw e;
        }
        catch (RuntimeException | IOException e) {
            discard(claim, start);
            if (e instanceof IOException io) {
                throw new IllegalStateException("Cannot store upload " + id, io);
            }
            throw (RuntimeException) e;
        }
    }

    private void discard(Claim claim, long start) {
        try {
            store.truncate(claim.resourceId(), start);
        }
        catch (IOException | RuntimeException e) {
            log.warn("Upload {}: cannot cut back to offset {}; the next append will: {}", claim.resourceId(), start,
                    e.toString());
        }
        book.release(claim);
    }

    /** Renews the claim every third of its timeout while bytes flow; fails the request if it was taken over. */
    private Runnable heartbeat(Claim claim) {
        long every = Math.max(1, properties.claimTimeout().toMillis() / 3);
        // Clock.millis() of the microsecond-tick clock divides by zero (JDK), hence instant()
        long[] last = {clock.instant().toEpochMilli()};
        return () -> {
            long now = clock.instant().toEpochMilli();
            if (now - last[0] >= every) {
                if (!book.renew(claim)) {
                    throw TusException.takenOver(claim.resourceId());
                }
                last[0] = now;
            }
        };
    }

    private String tooLarge(Long length) {
        return length != null ? "The request body goes past Upload-Length " + length
                : "The upload would exceed Tus-Max-Size " + properties.maxSize().toBytes();
    }
}
