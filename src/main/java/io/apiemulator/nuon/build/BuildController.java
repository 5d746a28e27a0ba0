package io.apiemulator.nuon.build;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.apiemulator.nuon.NuonException;
import io.apiemulator.nuon.Pacing;
import io.apiemulator.nuon.app.NuonAppRepository;
import io.apiemulator.nuon.auth.NuonCaller;
import io.apiemulator.nuon.component.NuonComponent;
import io.apiemulator.nuon.component.NuonComponentRepository;
import io.apiemulator.nuon.page.NuonPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Component builds, addressed by component ({@code /v1/components/...}) or by app and component. */
@RestController
@Transactional(readOnly = true)
class BuildController {

    private final BuildService service;
    private final BuildView view;
    private final NuonComponentRepository components;
    private final NuonAppRepository apps;
    private final NuonBuildRepository builds;
    private final Pacing pacing;
    private final Clock clock;

    BuildController(BuildService service, BuildView view, NuonComponentRepository components, NuonAppRepository apps,
            NuonBuildRepository builds, Pacing pacing, Clock clock) {
        this.service = service;
        this.view = view;
        this.components = components;
        this.apps = apps;
        this.builds = builds;
        this.pacing = pacing;
        this.clock = clock;
    }

    @PostMapping(path = "/v1/components/{componentId}/builds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, Object> create(NuonCaller caller,
            @PathVariable String componentId, @RequestBody CreateBuildRequest request,
            @RequestHeader(name = Pacing.STEP_HEADER, required = false) String step) {
        return create(caller, components.require(componentId, caller.orgId()), request, step);
    }

    @PostMapping(path = "/v1/apps/{appId}/components/{componentId}/builds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, Object> createInApp(NuonCaller caller,
            @PathVariable String appId, @PathVariable String componentId, @RequestBody CreateBuildRequest request,
            @RequestHeader(name = Pacing.STEP_HEADER, required = false) String step) {
        return create(caller, inApp(caller, appId, componentId), request, step);
    }

    @GetMapping("/v1/components/{componentId}/builds")
    ResponseEntity<List<Object>> list(NuonCaller caller,
            @PathVariable String componentId, @RequestParam(required = false) String offset,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String page) {
        return list(caller, components.require(componentId, caller.orgId()), NuonPage.of(offset, limit, page));
    }

    @GetMapping("/v1/apps/{appId}/components/{componentId}/builds")
    ResponseEntity<List<Object>> listInApp(NuonCaller caller,
            @PathVariable String appId, @PathVariable String componentId,
            @RequestParam(required = false) String offset, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String page) {
        NuonPage paging = NuonPage.of(offset, limit, page);
        return list(caller, inApp(caller, appId, componentId), paging);
    }

    /** Deprecated, still called by older SDKs: a component's builds, or (without one) an app's, newest first. */
    @GetMapping("/v1/builds")
    ResponseEntity<List<Object>> listDeprecated(NuonCaller caller,
            @RequestParam(name = "component_id", required = false) String componentId,
            @RequestParam(name = "app_id", required = false) String appId,
            @RequestParam(required = false) String offset, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String page) {
        NuonPage paging = NuonPage.of(offset, limit, page);
        if (componentId != null && !componentId.isBlank()) {
            return list(caller, components.require(componentId, caller.orgId()), paging);
        }
        if (appId != null && !appId.isBlank()) {
            return paging.respond(service.ofApp(appId, caller.orgId()), rows -> view.render(rows, clock.instant()));
        }
        throw NuonException.invalid("component_id or app_id: one of them is required");
    }

    /** A build of each of the app's components; the body, if any, must be a JSON object (it has no fields). */
    @PostMapping("/v1/apps/{appId}/components/build-all")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    List<Object> buildAll(NuonCaller caller, @PathVariable String appId,
            @RequestBody(required = false) BuildAllRequest body,
            @RequestHeader(name = Pacing.STEP_HEADER, required = false) String step) {
        apps.require(appId, caller.orgId());
        return view.render(service.buildAll(caller, appId, pacing.step(step)), clock.instant());
    }

    @GetMapping("/v1/components/{componentId}/builds/latest")
    Map<String, Object> latest(NuonCaller caller,
            @PathVariable String componentId) {
        NuonComponent component = components.require(componentId, caller.orgId());
        return view.render(service.latest(component), component, clock.instant());
    }

    @GetMapping("/v1/apps/{appId}/components/{componentId}/builds/latest")
    Map<String, Object> latestInApp(NuonCaller caller,
            @PathVariable String appId, @PathVariable String componentId) {
        NuonComponent component = inApp(caller, appId, componentId);
        return view.render(service.latest(component), component, clock.instant());
    }

    @GetMapping("/v1/components/builds/{buildId}")
    Map<String, Object> get(NuonCaller caller, @PathVariable String buildId) {
        return view.render(builds.require(buildId, caller.orgId()), clock.instant());
    }

    @GetMapping({"/v1/components/{componentId}/builds/{buildId}",
            "/v1/apps/{appId}/components/{componentId}/builds/{buildId}"})
    Map<String, Object> getOfComponent(NuonCaller caller,
            @PathVariable(required = false) String appId, @PathVariable String componentId,
            @PathVariable String buildId) {
        NuonComponent component = appId == null ? components.require(componentId, caller.orgId())
                : inApp(caller, appId, componentId);
        NuonBuild build = builds.require(buildId, caller.orgId());
        if (!build.getComponentId().equals(component.getId())) {
            throw NuonException.notFound("build", buildId);
        }
        return view.render(build, component, clock.instant());
    }

    private Map<String, Object> create(NuonCaller caller, NuonComponent component, CreateBuildRequest request,
            String step) {
        NuonBuild build = service.create(caller, component, request, pacing.step(step));
        return view.render(build, component, clock.instant());
    }

    private ResponseEntity<List<Object>> list(NuonCaller caller, NuonComponent component, NuonPage page) {
        return page.respond(service.ofComponent(component.getId(), caller.orgId()),
                rows -> view.render(rows, component, clock.instant()));
    }

    private NuonComponent inApp(NuonCaller caller, String appId, String componentId) {
        apps.require(appId, caller.orgId());
        return components.require(appId, componentId, caller.orgId());
    }
}
