package io.apiemulator.nuon.component;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A component of an app: what gets built and released. {@code type} is Nuon's component type. */
@Entity
@Table(name = "nuon_component")
public class NuonComponent {

    @Id
    private String id;

    @Column(name = "org_id", nullable = false)
    private String orgId;

    @Column(name = "app_id", nullable = false)
    private String appId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NuonComponent() {
    }

    public NuonComponent(String id, String orgId, String appId, String name, String type, Instant createdAt) {
        this.id = id;
        this.orgId = orgId;
        this.appId = appId;
        this.createdAt = createdAt;
        update(name, type);
    }

    public final void update(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getAppId() {
        return appId;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
