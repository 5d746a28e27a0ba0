package io.apiemulator.onna.workspace;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.persistence.AssignedIdEntity;

/** A workspace: the root container of an account's folders and resources. */
@Entity
@Table(name = "onna_workspace")
public class Workspace extends AssignedIdEntity {

    @Id
    @Column(name = "onna_id")
    private String onnaId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Convert(converter = TagsColumn.class)
    @Column(nullable = false)
    private List<String> tags;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected Workspace() {
    }

    Workspace(String onnaId, String accountId, String name, String description, List<String> tags, Instant now) {
        this.onnaId = onnaId;
        this.accountId = accountId;
        this.name = name;
        this.description = description;
        this.tags = List.copyOf(tags);
        this.createdAt = now;
        this.modifiedAt = now;
    }

    /** The path of a workspace as a container: every folder and resource below it has a path starting so. */
    public static String rootPath(String workspaceId) {
        return "/" + workspaceId + "/";
    }

    void rename(String name) {
        this.name = name;
    }

    void describe(String description) {
        this.description = description;
    }

    void tag(List<String> tags) {
        this.tags = List.copyOf(tags);
    }

    void touch(Instant now) {
        this.modifiedAt = now;
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

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getTags() {
        return tags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }
}
