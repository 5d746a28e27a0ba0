package io.apiemulator.onna.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.apiemulator.onna.resource.UploadTargets;
import io.apiemulator.onna.resource.UploadedFile;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of uploads: rows, offsets and claims. A request that writes bytes first claims the row
 * with a conditional update (only one request can match it), renews the claim while it streams, and commits
 * the new offset with the same token; a claim that is not renewed lapses after {@code claim-timeout}, so a
 * crashed claimant blocks nobody for long.
 */
@Component
public class UploadBook {

    private final UploadRepository uploads;
    private final UploadTargets targets;
    private final TusProperties properties;
    private final Clock clock;

    UploadBook(UploadRepository uploads, UploadTargets targets, TusProperties properties, Clock clock) {
        this.uploads = uploads;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
    }

    /** The upload, unless there is none or it expired unfinished. */
    @Transactional(readOnly = true)
    public Optional<Upload> find(String resourceId) {
        Instant now = clock.instant();
        return uploads.findById(resourceId).filter(u -> !u.expiredAt(now));
    }

    /** Creates an empty row for a resource that never had an upload; fails on a concurrent twin. */
    @Transactional
    public void createIfAbsent(String resourceId, String accountId) {
        if (!uploads.existsById(resourceId)) {
            Upload upload = new Upload(resourceId, accountId);
            Instant now = clock.instant();
            upload.start(null, null, now, now.plus(properties.expiry()));
            uploads.saveAndFlush(upload);
        }
    }

    /** Claims the upload if its committed offset is {@code offset}; otherwise says why not. */
    @Transactional
    public ClaimOutcome claimAt(String resourceId, long offset) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        if (uploads.claimAt(resourceId, offset, token, until(now), now) == 1) {
            return ClaimOutcome.claimed(claimed(resourceId, token));
        }
        return uploads.findById(resourceId).filter(u -> !u.expiredAt(now))
                .map(u -> u.offset() != offset ? ClaimOutcome.offsetMismatch(u.offset()) : ClaimOutcome.LOCKED)
                .orElse(ClaimOutcome.GONE);
    }

    /** Claims the upload whatever its state, to restart or terminate it; otherwise says why not. */
    @Transactional
    public ClaimOutcome claim(String resourceId) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        if (uploads.claim(resourceId, token, until(now), now) == 1) {
            return ClaimOutcome.claimed(claimed(resourceId, token));
        }
        return uploads.existsById(resourceId) ? ClaimOutcome.LOCKED : ClaimOutcome.GONE;
    }

    /**
     * Starts the claimed upload over at offset zero with a new length and metadata; keeps the claim. Empty when
     * the row went meanwhile (its resource was deleted).
     */
    @Transactional
    public Optional<Claim> restart(Claim claim, Long length, String metadata) {
        return uploads.findById(claim.resourceId()).map(upload -> {
            Instant now = clock.instant();
            upload.start(length, metadata, now, now.plus(properties.expiry()));
            return new Claim(uploads.saveAndFlush(upload), claim.token());
        });
    }

    /** Extends the claim; false when it lapsed and another request took the upload over. */
    @Transactional
    public boolean renew(Claim claim) {
        return uploads.renew(claim.resourceId(), claim.token(), until(clock.instant())) == 1;
    }

    /**
     * Commits the new offset (and the length, once known) and releases the claim; when the upload is complete,
     * records the file on its resource in the same transaction. Empty when the claim lapsed and another
     * request took the upload over: then nothing is committed.
     */
    @Transactional
    public Optional<Upload> commit(Claim claim, long offset, Long length, UploadedFile completed) {
        Instant now = clock.instant();
        int updated = uploads.commit(claim.resourceId(), claim.token(), offset, length,
                completed == null ? now.plus(properties.expiry()) : null, completed == null ? null : now);
        if (updated != 1) {
            return Optional.empty();
        }
        if (completed != null) {
            targets.recordUpload(claim.resourceId(), completed);
        }
        return uploads.findById(claim.resourceId());
    }

    @Transactional
    public void release(Claim claim) {
        uploads.release(claim.resourceId(), claim.token());
    }

    @Transactional
    public void delete(Claim claim) {
        uploads.deleteClaimed(claim.resourceId(), claim.token());
    }

    private Claim claimed(String resourceId, String token) {
        return new Claim(uploads.findById(resourceId).orElseThrow(), token);
    }

    private Instant until(Instant now) {
        return now.plus(properties.claimTimeout());
    }
}
