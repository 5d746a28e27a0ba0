package io.apiemulator.nuon.build;

import java.time.Clock;
import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.apiemulator.nuon.NuonApi;
import io.apiemulator.nuon.NuonException;
import io.apiemulator.nuon.NuonIds;
import io.apiemulator.nuon.Pacing;
import io.apiemulator.nuon.auth.NuonCaller;
import io.apiemulator.nuon.component.NuonComponent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts builds (their progress is computed from the clock) and finds the org's builds. */
@Service
public class BuildService {

    private static final Logger log = LoggerFactory.getLogger(BuildService.class);
    /** The branch of the derived component config: what {@code use_latest} builds. */
    static final String DEFAULT_BRANCH = "main";
    private static final int MAX_GIT_REF = 255;

    private final NuonBuildRepository builds;
    private final Pacing pacing;
    private final Clock clock;
    private final EntityManager entities;

    BuildService(NuonBuildRepository builds, Pacing pacing, Clock clock, EntityManager entities) {
        this.builds = builds;
        this.pacing = pacing;
        this.clock = clock;
        this.entities = entities;
    }

    @Transactional
    NuonBuild create(NuonCaller caller, NuonComponent component, CreateBuildRequest request, Duration step) {
        boolean useLatest = Boolean.TRUE.equals(request.useLatest());
        String gitRef = request.gitRef();
        if (gitRef == null || gitRef.isBlank()) {
            if (!useLatest) {
                throw NuonException.invalid("git_ref: required unless use_latest is true");
            }
            gitRef = DEFAULT_BRANCH;
        }
        if (gitRef.length() > MAX_GIT_REF) {
            throw NuonException.invalid("git_ref: at most " + MAX_GIT_REF + " characters");
        }
        return start(caller, component, gitRef, step);
    }

    /** A new build of {@code gitRef}; a ref starting with {@code fail-} (or bad luck) makes it fail. */
    @Transactional
    public NuonBuild start(NuonCaller caller, NuonComponent component, String gitRef, Duration step) {
        boolean fails = gitRef.startsWith("fail-") || pacing.failsAtRandom();
        NuonBuild build = builds.save(new NuonBuild(NuonIds.random("bld"), caller.orgId(), component.getId(), gitRef,
                caller.accountId(), clock.instant(), step, fails));
        log.info("Nuon build {} of component {} at {} started", build.getId(), component.getId(), gitRef);
        return build;
    }

    /** The org's builds of a component, newest first. */
    TypedQuery<NuonBuild> ofComponent(String componentId, String orgId) {
        return entities.createQuery("select b from NuonBuild b where b.componentId = :component and b.orgId = :org"
                + " order by b.createdAt desc, b.id desc", NuonBuild.class)
                .setParameter("component", componentId).setParameter("org", orgId);
    }

    NuonBuild latest(NuonComponent component) {
        return builds.findFirstByComponentIdOrderByCreatedAtDescIdDesc(component.getId())
                .orElseThrow(() -> new NuonException(HttpStatus.NOT_FOUND, NuonApi.NOT_FOUND,
                        "component " + component.getId() + " has no builds"));
    }
}
