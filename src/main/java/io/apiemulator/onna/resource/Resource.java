package io.apiemulator.onna.resource;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.persistence.AssignedIdEntity;
import io.apiemulator.onna.folder.Container;

/**
 * A file or ticket: where it lives, the optional fields the client sent (as they were sent, in
 * {@code attributes}) and, once its upload completed, the facts about the uploaded file.
 */
@Entity
@Table(name = "onna_resource")
class Resource extends AssignedIdEntity {

    @Id
    @Column(name = "onna_id")
    private String onnaId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Column(name = "parent_id", nullable = false)
    private String parentId;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(nullable = false)
    private String path;

    @Convert(converter = AttributesColumn.class)
    @Column(nullable = false)
    private Map<String, Object> attributes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "upload_md5")
    private String md5;

    @Column(name = "upload_size")
    private Long size;

    @Column(name = "upload_mime_type")
    private String mimeType;

    @Column(name = "upload_filename")
    private String filename;

    @Column(name = "upload_extension")
    private String extension;

    protected Resource() {
    }

    Resource(String onnaId, String accountId, ResourceKind kind, Container parent, Map<String, Object> attributes,
            Instant now) {
        this.onnaId = onnaId;
        this.accountId = accountId;
        this.kind = kind;
        this.parentId = parent.onnaId();
        this.workspaceId = parent.workspaceId();
        this.path = parent.path();
        this.attributes = Map.copyOf(attributes);
        this.createdAt = now;
    }

    void recordUpload(UploadedFile file) {
        this.md5 = file.md5();
        this.size = file.size();
        this.mimeType = file.mimeType();
        this.filename = file.filename();
        this.extension = file.extension();
    }

    /** The upload's facts, or null before an upload completed. */
    UploadedFile upload() {
        return md5 == null ? null : new UploadedFile(md5, size, mimeType, filename, extension);
    }

    String getOnnaId() {
        return onnaId;
    }

    @Override
    public String getId() {
        return onnaId;
    }

    ResourceKind getKind() {
        return kind;
    }

    String getParentId() {
        return parentId;
    }

    Map<String, Object> getAttributes() {
        return attributes;
    }
}
