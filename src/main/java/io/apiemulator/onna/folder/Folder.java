package io.apiemulator.onna.folder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.persistence.AssignedIdEntity;

/** A folder in a workspace or in another folder; {@code path} lists its ancestors' ids and its own. */
@Entity
@Table(name = "onna_folder")
public class Folder extends AssignedIdEntity {

    @Id
    @Column(name = "onna_id")
    private String onnaId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Folder() {
    }

    Folder(String onnaId, String accountId, Container parent, String name, Instant now) {
        this.onnaId = onnaId;
        this.accountId = accountId;
        this.workspaceId = parent.workspaceId();
        this.path = parent.path() + onnaId + "/";
        this.name = name;
        this.createdAt = now;
    }

    void rename(String name) {
        this.name = name;
    }

    /** Whether this folder sits directly in {@code parent}: its path is the parent's plus its own id. */
    boolean isChildOf(Container parent) {
        return path.equals(parent.path() + onnaId + "/");
    }

    Container asContainer() {
        return new Container(onnaId, workspaceId, path);
    }

    public String getOnnaId() {
        return onnaId;
    }

    @Override
    public String getId() {
        return onnaId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getPath() {
        return path;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
