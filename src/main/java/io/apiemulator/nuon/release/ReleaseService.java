package io.apiemulator.nuon.release;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.apiemulator.nuon.GoDuration;
import io.apiemulator.nuon.NuonException;
import io.apiemulator.nuon.NuonIds;
import io.apiemulator.nuon.auth.NuonCaller;
import io.apiemulator.nuon.build.BuildService;
import io.apiemulator.nuon.build.NuonBuild;
import io.apiemulator.nuon.build.NuonBuildRepository;
import io.apiemulator.nuon.component.ComponentDeletion;
import io.apiemulator.nuon.component.NuonComponent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates releases (validating the strategy and the build), finds the org's releases, and deletes a deleted
 * component's releases (before its builds, which they refer to).
 */
@Service
@Order(1)
class ReleaseService implements ComponentDeletion {

    private static final Logger log = LoggerFactory.getLogger(ReleaseService.class);
    private static final int MAX_INSTALLS = 1000;
    private static final int MAX_INSTALL_ID = 255;
    private static final String AUTO_BUILD_REF = "main";

    private final NuonReleaseRepository releases;
    private final NuonBuildRepository builds;
    private final BuildService buildService;
    private final Clock clock;
    private final EntityManager entities;

    ReleaseService(NuonReleaseRepository releases, NuonBuildRepository builds, BuildService buildService, Clock clock,
            EntityManager entities) {
        this.releases = releases;
        this.builds = builds;
        this.buildService = buildService;
        this.clock = clock;
        this.entities = entities;
    }

    @Transactional
    NuonRelease create(NuonCaller caller, NuonComponent component, CreateReleaseRequest request, Duration step) {
        List<String> installIds = installIds(request.installIds());
        CreateReleaseRequest.Strategy strategy = request.strategy();
        int perStep = strategy == null || strategy.installsPerStep() == null ? 0 : strategy.installsPerStep();
        if (perStep < 0) {
            throw NuonException.invalid("strategy.installs_per_step: must be 0 (all at once) or more");
        }
        Duration delay = strategy == null || strategy.delay() == null || strategy.delay().isEmpty() ? Duration.ZERO
                : GoDuration.parse(strategy.delay()).orElseThrow(() -> NuonException.invalid(
                        "strategy.delay: must be a Go duration such as 30s or 1m30s"));
        NuonBuild build = build(caller, component, request, step);
        NuonRelease release = releases.save(new NuonRelease(NuonIds.random("rel"), caller.orgId(),
                component.getAppId(), component.getId(), build.getId(), caller.accountId(), clock.instant(), step,
                delay, perStep, installIds));
        log.info("Nuon release {} of build {} to {} installs created", release.getId(), build.getId(),
                installIds.size());
        return release;
    }

    /** The org's releases of a component, newest first. */
    TypedQuery<NuonRelease> ofComponent(String componentId, String orgId) {
        return entities.createQuery("select r from NuonRelease r where r.componentId = :component and r.orgId = :org"
                + " order by r.createdAt desc, r.id desc", NuonRelease.class)
                .setParameter("component", componentId).setParameter("org", orgId);
    }

    /** The org's releases of an app's components, newest first. */
    TypedQuery<NuonRelease> ofApp(String appId, String orgId) {
        return entities.createQuery("select r from NuonRelease r where r.appId = :app and r.orgId = :org"
                + " order by r.createdAt desc, r.id desc", NuonRelease.class)
                .setParameter("app", appId).setParameter("org", orgId);
    }

    @Override
    @Transactional
    public void deleteAllOf(NuonComponent component) {
        releases.deleteInstallsOfComponent(component.getId());
        releases.deleteOfComponent(component.getId());
    }

    private NuonBuild build(NuonCaller caller, NuonComponent component, CreateReleaseRequest request, Duration step) {
        if (Boolean.TRUE.equals(request.autoBuild())) {
            return buildService.start(caller, component, AUTO_BUILD_REF, step);
        }
        if (request.buildId() == null || request.buildId().isBlank()) {
            throw NuonException.invalid("build_id: required unless auto_build is true");
        }
        NuonBuild build = builds.require(request.buildId(), caller.orgId());
        if (!build.getComponentId().equals(component.getId())) {
            throw NuonException.invalid("build_id: build " + build.getId() + " is not a build of component "
                    + component.getId());
        }
        Instant now = clock.instant();
        String status = build.timeline().at(now).status();
        if (!NuonBuild.ACTIVE.equals(status)) {
            throw NuonException.conflict("build is not active",
                    "build " + build.getId() + " is " + status + "; only an active build can be released");
        }
        return build;
    }

    private static List<String> installIds(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        if (requested.size() > MAX_INSTALLS) {
            throw NuonException.invalid("install_ids: at most " + MAX_INSTALLS + " installs");
        }
        for (int i = 0; i < requested.size(); i++) {
            String id = requested.get(i);
            if (id == null || id.isBlank() || id.length() > MAX_INSTALL_ID) {
                throw NuonException.invalid("install_ids[" + i + "]: must be a non-empty id of at most "
                        + MAX_INSTALL_ID + " characters");
            }
        }
        return List.copyOf(requested);
    }
}
