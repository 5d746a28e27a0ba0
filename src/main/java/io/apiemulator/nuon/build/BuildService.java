package io.apiemulator.nuon.build;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.apiemulator.nuon.NuonApi;
import io.apiemulator.nuon.NuonException;
import io.apiemulator.nuon.NuonIds;
import io.apiemulator.nuon.Pacing;
import io.apiemulator.nuon.auth.NuonCaller;
import io.apiemulator.nuon.component.ComponentDeletion;
import io.apiemulator.nuon.component.NuonComponent;
import io.apiemulator.nuon.component.NuonComponentRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts builds (their progress is computed from the clock), finds the org's builds, and deletes a deleted
 * component's builds (after its releases).
 */
@Service
@Order(2)
public class BuildService implements ComponentDeletion {

    private static final Logger log = LoggerFactory.getLogger(BuildService.class);
    /** The branch of the derived component config: what {@code use_latest} builds. */
    static final String DEFAULT_BRANCH = "main";
    private static final int MAX_GIT_REF = 255;

    private final NuonBuildRepository builds;
    private final NuonComponentRepository components;
    private final Pacing pacing;
    private final Clock clock;
    private final EntityManager entities;

    BuildService(NuonBuildRepository builds, NuonComponentRepository components, Pacing pacing, Clock clock,
            EntityManager entities) {
        this.builds = builds;
        this.components = components;
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

    /** {@code build-all}: a build of the default branch (as {@code use_latest}) of each of the app's components. */
    @Transactional
    List<NuonBuild> buildAll(NuonCaller caller, String appId, Duration step) {
        return components.findByAppIdOrderByCreatedAtAscIdAsc(appId).stream()
                .map(c -> start(caller, c, DEFAULT_BRANCH, step)).toList();
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

    /** The org's builds of an app's components, newest first. */
    TypedQuery<NuonBuild> ofApp(String appId, String orgId) {
        return entities.createQuery("select b from NuonBuild b, NuonComponent c where c.id = b.componentId"
                + " and c.appId = :app and b.orgId = :org order by b.createdAt desc, b.id desc", NuonBuild.class)
                .setParameter("app", appId).setParameter("org", orgId);
    }

    @Override
    @Transactional
    public void deleteAllOf(NuonComponent component) {
        builds.deleteOfComponent(component.getId());
    }

    NuonBuild latest(NuonComponent component) {
        return builds.findFirstByComponentIdOrderByCreatedAtDescIdDesc(component.getId())
                .orElseThrow(() -> new NuonException(HttpStatus.NOT_FOUND, NuonApi.NOT_FOUND,
                        "component " + component.getId() + " has no builds"));
    }
}
