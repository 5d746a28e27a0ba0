package io.apiemulator.mechamental.app;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.persistence.AssignedIdEntity;

/**
 * An app of a workspace of an org. Its row is the lock every release transition of the app takes, and it
 * counts the app's releases so that {@code release_number} never repeats, not even after a delete.
 */
@Entity
@Table(name = "mm_app")
public class App extends AssignedIdEntity {

    @Id
    private String id;

    @Column(name = "org_id", nullable = false)
    private String orgId;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(name = "app_id", nullable = false)
    private String appId;

    @Column(name = "last_release_number", nullable = false)
    private long lastReleaseNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected App() {
    }

    public App(AppRef ref, Instant createdAt) {
        this.id = Ids.random("app_", 24, Ids.BASE36);
        this.orgId = ref.orgId();
        this.workspaceId = ref.workspaceId();
        this.appId = ref.appId();
        this.createdAt = createdAt;
    }

    /** The next {@code release_number}; call only while holding the app's lock. */
    public long nextReleaseNumber() {
        return ++lastReleaseNumber;
    }

    /** Whether a release was ever created; numbers are never reused, so an app without one has no releases. */
    public boolean hasHadReleases() {
        return lastReleaseNumber > 0;
    }

    @Override
    public String getId() {
        return id;
    }

    public AppRef ref() {
        return new AppRef(orgId, workspaceId, appId);
    }
}
