package io.apiemulator.nuon.release;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import io.apiemulator.kernel.persistence.AssignedIdEntity;
import io.apiemulator.nuon.page.NuonPage;

/**
 * A component release: a build rolled out to installs in steps of {@code installsPerStep}, each step waiting
 * {@code delay} first. Steps and statuses are derived from these facts and the clock ({@link ReleaseSchedule}).
 */
@Entity
@Table(name = "nuon_release")
public class NuonRelease extends AssignedIdEntity {

    @Id
    private String id;

    @Column(name = "org_id", nullable = false)
    private String orgId;

    @Column(name = "app_id", nullable = false)
    private String appId;

    @Column(name = "component_id", nullable = false)
    private String componentId;

    @Column(name = "build_id", nullable = false)
    private String buildId;

    @Column(name = "created_by_id", nullable = false)
    private String createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "step_nanos", nullable = false)
    private long stepNanos;

    @Column(name = "delay_nanos", nullable = false)
    private long delayNanos;

    @Column(name = "installs_per_step", nullable = false)
    private int installsPerStep;

    /** Loaded for a whole page of releases in one query, not one per release. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = NuonPage.MAX_LIMIT + 1)
    @CollectionTable(name = "nuon_release_install", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    @Column(name = "install_id")
    private List<String> installIds = new ArrayList<>();

    protected NuonRelease() {
    }

    NuonRelease(String id, String orgId, String appId, String componentId, String buildId, String createdById,
            Instant createdAt, Duration step, Duration delay, int installsPerStep, List<String> installIds) {
        this.id = id;
        this.orgId = orgId;
        this.appId = appId;
        this.componentId = componentId;
        this.buildId = buildId;
        this.createdById = createdById;
        this.createdAt = createdAt;
        this.stepNanos = step.toNanos();
        this.delayNanos = delay.toNanos();
        this.installsPerStep = installsPerStep;
        this.installIds = new ArrayList<>(installIds);
    }

    /** The installs of each step, in order: {@code installsPerStep} at a time (0 = all in one step). */
    List<List<String>> stepInstalls() {
        List<List<String>> steps = new ArrayList<>();
        int size = installsPerStep <= 0 ? Math.max(1, installIds.size()) : installsPerStep;
        for (int i = 0; i < installIds.size(); i += size) {
            steps.add(List.copyOf(installIds.subList(i, Math.min(i + size, installIds.size()))));
        }
        return steps;
    }

    @Override
    public String getId() {
        return id;
    }

    String getOrgId() {
        return orgId;
    }

    String getComponentId() {
        return componentId;
    }

    String getBuildId() {
        return buildId;
    }

    String getCreatedById() {
        return createdById;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Duration step() {
        return Duration.ofNanos(stepNanos);
    }

    Duration delay() {
        return Duration.ofNanos(delayNanos);
    }
}
