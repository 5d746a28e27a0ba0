package io.apiemulator.onna.upload;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.persistence.AssignedIdEntity;

/**
 * The bookkeeping of one resource's TUS upload: its declared length ({@code null} while deferred), the committed
 * offset (every byte below it is on disk and fsync'd), the raw {@code Upload-Metadata} and the current claim.
 */
@Entity
@Table(name = "onna_upload")
public class Upload extends AssignedIdEntity {

    @Id
    @Column(name = "resource_id")
    private String resourceId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(name = "upload_length")
    private Long length;

    @Column(name = "upload_offset", nullable = false)
    private long offset;

    @Column(name = "metadata")
    private String metadata;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected Upload() {
    }

    Upload(String resourceId, String accountId) {
        this.resourceId = resourceId;
        this.accountId = accountId;
    }

    /** Starts (or restarts, for a resource that had an upload) from offset zero. */
    void start(Long length, String metadata, Instant now, Instant expiresAt) {
        this.length = length;
        this.offset = 0;
        this.metadata = metadata;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.completedAt = null;
    }

    public String resourceId() {
        return resourceId;
    }

    @Override
    public String getId() {
        return resourceId;
    }

    /** When this upload was created: a terminated and re-created upload of the same resource differs in it. */
    public Instant createdAt() {
        return createdAt;
    }

    public String accountId() {
        return accountId;
    }

    /** The declared length, or {@code null} while the client deferred it. */
    public Long length() {
        return length;
    }

    public long offset() {
        return offset;
    }

    public String metadata() {
        return metadata;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean complete() {
        return length != null && offset == length;
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
