package io.apiemulator.nuon.build;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.apiemulator.nuon.JsonObject;
import io.apiemulator.nuon.NuonIds;
import io.apiemulator.nuon.auth.AccountView;
import io.apiemulator.nuon.component.ComponentConfigView;
import io.apiemulator.nuon.component.LatestBuild;
import io.apiemulator.nuon.component.NuonComponent;
import io.apiemulator.nuon.component.NuonComponentRepository;
import io.apiemulator.nuon.status.Phase;
import io.apiemulator.nuon.status.Timeline;

import org.springframework.stereotype.Component;

/**
 * The full {@code app.ComponentBuild} of seed 001, as it stands at a given moment: every field present, nested
 * objects (config, runner job, log stream) consistent with the build's status, values that do not exist in the
 * emulator (a VCS commit for a public repo, a runner's write token) null. A list is rendered with its
 * components and releases loaded in one query each, never one per build.
 */
@Component
public class BuildView implements LatestBuild {

    private static final Duration RUNNER_TIMEOUT = Duration.ofHours(1);
    private static final Map<String, String> RUNNER_JOB_TYPES = Map.of("terraform_module", "terraform-module-build",
            "helm_chart", "helm-chart-build", "docker_build", "docker-build", "external_image",
            "container-image-build", "job", "noop-build", "kubernetes_manifest", "kubernetes-manifest-build");

    private final NuonComponentRepository components;
    private final NuonBuildRepository builds;
    private final AccountView accounts;
    private final BuildReleases releases;

    BuildView(NuonComponentRepository components, NuonBuildRepository builds, AccountView accounts,
            BuildReleases releases) {
        this.components = components;
        this.builds = builds;
        this.accounts = accounts;
        this.releases = releases;
    }

    public Map<String, Object> render(NuonBuild build, Instant now) {
        return render(build, components.findById(build.getComponentId()).orElseThrow(), now);
    }

    @Override
    public Optional<Object> of(NuonComponent component, Instant now) {
        return builds.findFirstByComponentIdOrderByCreatedAtDescIdDesc(component.getId())
                .map(b -> render(b, component, now));
    }

    public Map<String, Object> render(NuonBuild build, NuonComponent component, Instant now) {
        return render(build, component, releases.of(List.of(build), now).getOrDefault(build.getId(), List.of()), now);
    }

    /** Builds of one component, in order. */
    public List<Object> render(List<NuonBuild> page, NuonComponent component, Instant now) {
        return render(page, Map.of(component.getId(), component), now);
    }

    /** Builds of any components of the org, in order; their components are loaded in one query. */
    public List<Object> render(List<NuonBuild> page, Instant now) {
        List<String> ids = page.stream().map(NuonBuild::getComponentId).distinct().toList();
        return render(page, components.findAllById(ids).stream()
                .collect(Collectors.toMap(NuonComponent::getId, Function.identity())), now);
    }

    private List<Object> render(List<NuonBuild> page, Map<String, NuonComponent> components, Instant now) {
        Map<String, List<Object>> pageReleases = releases.of(page, now);
        return page.stream().<Object>map(b -> render(b, components.get(b.getComponentId()),
                pageReleases.getOrDefault(b.getId(), List.of()), now)).toList();
    }

    private Map<String, Object> render(NuonBuild build, NuonComponent component, List<Object> releases,
            Instant now) {
        Timeline timeline = build.timeline();
        Phase current = timeline.at(now);
        return JsonObject.of(
                "checksum", ComponentConfigView.checksum(component),
                "component_config_connection", ComponentConfigView.render(component),
                "component_config_connection_id", ComponentConfigView.connectionId(component),
                "component_config_version", ComponentConfigView.VERSION,
                "component_id", component.getId(),
                "component_name", component.getName(),
                "created_at", build.getCreatedAt().toString(),
                "created_by", accounts.render(build.getCreatedById()),
                "created_by_id", build.getCreatedById(),
                "git_ref", build.getGitRef(),
                "id", build.getId(),
                "install_deploys", List.of(),
                "log_stream", logStream(build, current),
                "releases", releases,
                "runner_job", runnerJob(build, component, timeline, current),
                "status", current.status(),
                "status_description", current.description(),
                "status_v2", timeline.compositeStatus(now, build.getCreatedById()),
                "updated_at", current.since().toString(),
                "vcs_connection_commit", null);
    }

    private static Map<String, Object> logStream(NuonBuild build, Phase current) {
        return JsonObject.of(
                "attrs", Map.of(),
                "created_at", build.getCreatedAt().toString(),
                "created_by_id", build.getCreatedById(),
                "id", logStreamId(build),
                "open", !finished(current),
                "org_id", build.getOrgId(),
                "owner_id", build.getId(),
                "owner_type", "component_builds",
                "runner_api_url", null,
                "updated_at", current.since().toString(),
                "write_token", null);
    }

    private static Map<String, Object> runnerJob(NuonBuild build, NuonComponent component, Timeline timeline,
            Phase current) {
        Instant started = timeline.reaches("planning");
        boolean running = !"queued".equals(current.status());
        boolean finished = finished(current);
        String status = !running ? "queued" : !finished ? "in-progress" : "error".equals(current.status()) ? "failed"
                : "finished";
        return JsonObject.of(
                "available_timeout", RUNNER_TIMEOUT.toNanos(),
                "created_at", build.getCreatedAt().toString(),
                "created_by_id", build.getCreatedById(),
                "execution_count", running ? 1 : 0,
                "execution_time", finished ? Duration.between(started, current.since()).toNanos() : 0,
                "execution_timeout", RUNNER_TIMEOUT.toNanos(),
                "executions", List.of(),
                "final_runner_job_execution_id", null,
                "finished_at", finished ? current.since().toString() : null,
                "group", "build",
                "id", NuonIds.derived("job", build.getId()),
                "log_stream_id", logStreamId(build),
                "max_executions", 1,
                "metadata", Map.of(),
                "operation", "build",
                "org_id", build.getOrgId(),
                "outputs", Map.of(),
                "outputs_json", "",
                "overall_timeout", RUNNER_TIMEOUT.toNanos(),
                "owner_id", build.getId(),
                "owner_type", "component_builds",
                "queue_timeout", RUNNER_TIMEOUT.toNanos(),
                "runner_id", NuonIds.derived("run", build.getOrgId()),
                "started_at", running ? started.toString() : null,
                "status", status,
                "status_description", status.replace('-', ' '),
                "type", RUNNER_JOB_TYPES.getOrDefault(component.getType(), "noop-build"),
                "updated_at", current.since().toString());
    }

    private static boolean finished(Phase phase) {
        return NuonBuild.ACTIVE.equals(phase.status()) || "error".equals(phase.status());
    }

    private static String logStreamId(NuonBuild build) {
        return NuonIds.derived("lgs", build.getId());
    }
}
