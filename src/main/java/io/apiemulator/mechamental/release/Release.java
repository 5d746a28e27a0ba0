package io.apiemulator.mechamental.release;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.persistence.AssignedIdEntity;

/**
 * A release of an app. Its content is immutable; only its status and activation stamp change, through
 * {@link ReleaseLifecycle}, which holds the app's lock while it does.
 */
@Entity
@Table(name = "mm_release")
public class Release extends AssignedIdEntity {

    @Id
    private String id;

    @Column(name = "app_key", nullable = false)
    private String appKey;

    @Column(name = "release_tag", nullable = false)
    private String releaseTag;

    @Column(name = "release_number", nullable = false)
    private long releaseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReleaseStatus status;

    /** {@code appKey} while active, else null: a unique column, so the database too allows one active per app. */
    @Column(name = "active_in_app")
    private String activeInApp;

    private String description;

    @Column(name = "change_log")
    private String changeLog;

    @Column(name = "previous_release_id")
    private String previousReleaseId;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Release() {
    }

    Release(String appKey, long releaseNumber, NewRelease content, String createdBy, Instant createdAt) {
        this.id = Ids.random("rel_", 24, Ids.BASE36);
        this.appKey = appKey;
        this.releaseNumber = releaseNumber;
        this.releaseTag = content.releaseTag();
        this.description = content.description();
        this.changeLog = content.changeLog();
        this.status = ReleaseStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void activate(String actor, Instant now) {
        status = ReleaseStatus.ACTIVE;
        activeInApp = appKey;
        activatedAt = now;
        activatedBy = actor;
    }

    void supersede() {
        status = ReleaseStatus.SUPERSEDED;
        activeInApp = null;
    }

    void archive() {
        status = ReleaseStatus.ARCHIVED;
    }

    void rememberPredecessor(String releaseId) {
        previousReleaseId = releaseId;
    }

    @Override
    public String getId() {
        return id;
    }

    public String getAppKey() {
        return appKey;
    }

    public String getReleaseTag() {
        return releaseTag;
    }

    public long getReleaseNumber() {
        return releaseNumber;
    }

    public ReleaseStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public String getChangeLog() {
        return changeLog;
    }

    public String getPreviousReleaseId() {
        return previousReleaseId;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
