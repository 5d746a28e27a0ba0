package io.apiemulator.nuon.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.apiemulator.nuon.GoDuration;
import io.apiemulator.nuon.JsonObject;
import io.apiemulator.nuon.NuonIds;
import io.apiemulator.nuon.auth.AccountView;
import io.apiemulator.nuon.build.BuildReleases;
import io.apiemulator.nuon.build.NuonBuild;
import io.apiemulator.nuon.build.NuonBuildRepository;
import io.apiemulator.nuon.component.ComponentConfigView;
import io.apiemulator.nuon.component.NuonComponent;
import io.apiemulator.nuon.component.NuonComponentRepository;
import io.apiemulator.nuon.status.Phase;
import io.apiemulator.nuon.status.Timeline;

import org.springframework.stereotype.Component;

/**
 * {@code app.ComponentRelease} (seed 002) and its steps as they stand at a given moment. A step's install
 * deploys appear once the step creates them; their {@code component_build} is null so that a build, which
 * lists its releases, does not nest itself. A list is rendered with the builds and components its rows
 * refer to loaded in one query each, never one per row.
 */
@Component
class ReleaseView implements BuildReleases {

    private final NuonReleaseRepository releases;
    private final NuonBuildRepository builds;
    private final NuonComponentRepository components;
    private final AccountView accounts;

    ReleaseView(NuonReleaseRepository releases, NuonBuildRepository builds, NuonComponentRepository components,
            AccountView accounts) {
        this.releases = releases;
        this.builds = builds;
        this.components = components;
        this.accounts = accounts;
    }

    @Override
    public Map<String, List<Object>> of(Collection<NuonBuild> builds, Instant now) {
        if (builds.isEmpty()) {
            return Map.of();
        }
        Map<String, NuonBuild> byId = byId(builds, NuonBuild::getId);
        Map<String, List<Object>> rendered = new LinkedHashMap<>();
        for (NuonRelease release : releases.findByBuildIdInOrderByCreatedAtDescIdDesc(byId.keySet())) {
            rendered.computeIfAbsent(release.getBuildId(), id -> new ArrayList<>())
                    .add(render(release, byId.get(release.getBuildId()), now));
        }
        return rendered;
    }

    Map<String, Object> render(NuonRelease release, Instant now) {
        return render(release, builds.findById(release.getBuildId()).orElseThrow(), now);
    }

    /** A page of releases; their builds and components are loaded in one query each. */
    List<Object> render(List<NuonRelease> page, Instant now) {
        Map<String, NuonBuild> pageBuilds = byId(builds.findAllById(ids(page, NuonRelease::getBuildId)),
                NuonBuild::getId);
        // loaded into the persistence context, where the steps' findById finds them without a query
        components.findAllById(ids(page, NuonRelease::getComponentId));
        return page.stream().<Object>map(r -> render(r, pageBuilds.get(r.getBuildId()), now)).toList();
    }

    List<Object> steps(NuonRelease release, Instant now) {
        return steps(release, schedule(release), now);
    }

    private static <T> List<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).distinct().toList();
    }

    private static <T> Map<String, T> byId(Collection<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<String, Object> render(NuonRelease release, NuonBuild build, Instant now) {
        ReleaseSchedule schedule = new ReleaseSchedule(release, build);
        Phase current = schedule.release().at(now);
        return JsonObject.of(
                "build_id", release.getBuildId(),
                "created_at", release.getCreatedAt().toString(),
                "created_by_id", release.getCreatedById(),
                "id", release.getId(),
                "release_steps", steps(release, schedule, now),
                "status", current.status(),
                "status_description", current.description(),
                "total_release_steps", schedule.steps().size(),
                "updated_at", current.since().toString());
    }

    private ReleaseSchedule schedule(NuonRelease release) {
        return new ReleaseSchedule(release, builds.findById(release.getBuildId()).orElseThrow());
    }

    private List<Object> steps(NuonRelease release, ReleaseSchedule schedule, Instant now) {
        NuonComponent component = components.findById(release.getComponentId()).orElseThrow();
        List<Object> steps = new ArrayList<>();
        for (ReleaseSchedule.Step step : schedule.steps()) {
            Phase current = step.timeline().at(now);
            steps.add(JsonObject.of(
                    "component_release_id", release.getId(),
                    "created_at", release.getCreatedAt().toString(),
                    "created_by_id", release.getCreatedById(),
                    "delay", GoDuration.format(release.delay()),
                    "id", step.id(),
                    "install_deploys", deploys(release, component, step, now),
                    "requested_install_ids", step.installIds(),
                    "status", current.status(),
                    "status_description", current.description(),
                    "updated_at", current.since().toString()));
        }
        return steps;
    }

    private List<Object> deploys(NuonRelease release, NuonComponent component, ReleaseSchedule.Step step,
            Instant now) {
        if (step.deploysCreatedAt() == null || now.isBefore(step.deploysCreatedAt())) {
            return List.of();
        }
        List<Object> deploys = new ArrayList<>();
        for (String installId : step.installIds()) {
            boolean fails = installId.startsWith(ReleaseSchedule.FAILING_INSTALL_PREFIX);
            Timeline timeline = Timeline.startingAt(step.deploysCreatedAt(), "queued", "deploy queued")
                    .then(step.pollingAt(), "in-progress", "deploying")
                    .then(step.endsAt(), fails ? "error" : "active", fails ? "deploy failed" : "deploy succeeded")
                    .build();
            Phase current = timeline.at(now);
            deploys.add(JsonObject.of(
                    "action_workflow_runs", List.of(),
                    "build_id", release.getBuildId(),
                    "component_build", null,
                    "component_config_version", ComponentConfigView.VERSION,
                    "component_id", component.getId(),
                    "component_name", component.getName(),
                    "created_at", step.deploysCreatedAt().toString(),
                    "created_by", accounts.render(release.getCreatedById()),
                    "created_by_id", release.getCreatedById(),
                    "id", NuonIds.derived("ind", step.id(), installId),
                    "install_component_id", NuonIds.derived("inc", installId, component.getId()),
                    "install_deploy_type", "apply",
                    "install_id", installId,
                    "install_workflow_id", null,
                    "log_stream", null,
                    "oci_artifact", null,
                    "outputs", Map.of(),
                    "plan_only", false,
                    "release_id", release.getId(),
                    "runner_jobs", List.of(),
                    "status", current.status(),
                    "status_description", current.description(),
                    "status_v2", timeline.compositeStatus(now, release.getCreatedById()),
                    "updated_at", current.since().toString(),
                    "workflow", null,
                    "workflow_id", null));
        }
        return deploys;
    }
}
