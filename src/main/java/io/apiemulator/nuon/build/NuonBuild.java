package io.apiemulator.nuon.build;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.apiemulator.kernel.persistence.AssignedIdEntity;
import io.apiemulator.nuon.status.Timeline;

/**
 * A component build. Its status is not stored: it follows from when it was created, how long each step takes
 * and whether it fails (queued -> planning -> building -> active | error).
 */
@Entity
@Table(name = "nuon_build")
public class NuonBuild extends AssignedIdEntity {

    public static final String ACTIVE = "active";

    @Id
    private String id;

    @Column(name = "org_id", nullable = false)
    private String orgId;

    @Column(name = "component_id", nullable = false)
    private String componentId;

    @Column(name = "git_ref", nullable = false)
    private String gitRef;

    @Column(name = "created_by_id", nullable = false)
    private String createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "step_nanos", nullable = false)
    private long stepNanos;

    @Column(nullable = false)
    private boolean fails;

    protected NuonBuild() {
    }

    public NuonBuild(String id, String orgId, String componentId, String gitRef, String createdById,
            Instant createdAt, Duration step, boolean fails) {
        this.id = id;
        this.orgId = orgId;
        this.componentId = componentId;
        this.gitRef = gitRef;
        this.createdById = createdById;
        this.createdAt = createdAt;
        this.stepNanos = step.toNanos();
        this.fails = fails;
    }

    public Timeline timeline() {
        Duration step = Duration.ofNanos(stepNanos);
        return Timeline.startingAt(createdAt, "queued", "queued and waiting for runner to pick up")
                .then(createdAt.plus(step), "planning", "creating build plan")
                .then(createdAt.plus(step.multipliedBy(2)), "building", "building")
                .then(createdAt.plus(step.multipliedBy(3)), fails ? "error" : ACTIVE,
                        fails ? "build failed: git ref " + gitRef + " could not be built"
                                : "build is active and ready to be deployed")
                .build();
    }

    public Duration step() {
        return Duration.ofNanos(stepNanos);
    }

    public boolean fails() {
        return fails;
    }

    @Override
    public String getId() {
        return id;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getComponentId() {
        return componentId;
    }

    public String getGitRef() {
        return gitRef;
    }

    public String getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
