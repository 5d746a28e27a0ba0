package io.apiemulator.nuon.component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A component of an app: what gets built and released. {@code type} is Nuon's component type; {@code varName}
 * (null: derived from the name) and the ids of the components it depends on are what PATCH changes.
 */
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

    @Column(name = "var_name")
    private String varName;

    @ElementCollection
    @CollectionTable(name = "nuon_component_dependency", joinColumns = @JoinColumn(name = "component_id"))
    @OrderColumn(name = "position")
    @Column(name = "dependency_id")
    private List<String> dependencies = new ArrayList<>();

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

    /** PATCH: a new name, optionally a var name, and the dependencies, replacing the old ones (as Nuon does). */
    void patch(String name, String varName, List<String> dependencies) {
        this.name = name;
        if (varName != null && !varName.isEmpty()) {
            this.varName = varName;
        }
        this.dependencies.clear();
        this.dependencies.addAll(dependencies);
    }

    /** The var name set by PATCH, else the name with anything but letters and digits as {@code _}. */
    public String varName() {
        return varName != null ? varName : name.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase();
    }

    public List<String> dependencies() {
        return List.copyOf(dependencies);
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
