package io.apiemulator.nuon.app;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Nuon app: groups the components released together. */
@Entity
@Table(name = "nuon_app")
public class NuonApp {

    @Id
    private String id;

    @Column(name = "org_id", nullable = false)
    private String orgId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NuonApp() {
    }

    public NuonApp(String id, String orgId, String name, Instant createdAt) {
        this.id = id;
        this.orgId = orgId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getName() {
        return name;
    }
}
