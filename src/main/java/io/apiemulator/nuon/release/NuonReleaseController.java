package io.apiemulator.nuon.release;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.apiemulator.nuon.Pacing;
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

/**
 * Component releases. Lists of a component's or an app's releases filter by id within the caller's org, so an
 * unknown (or another org's) component or app lists nothing rather than 404, as Nuon's queries do.
 */
@RestController
@Transactional(readOnly = true)
class NuonReleaseController {

    private final ReleaseService service;
    private final ReleaseView view;
    private final NuonReleaseRepository releases;
    private final NuonComponentRepository components;
    private final Pacing pacing;
    private final Clock clock;

    NuonReleaseController(ReleaseService service, ReleaseView view, NuonReleaseRepository releases,
            NuonComponentRepository components, Pacing pacing, Clock clock) {
        this.service = service;
        this.view = view;
        this.releases = releases;
        this.components = components;
        this.pacing = pacing;
        this.clock = clock;
    }

    @PostMapping(path = "/v1/components/{componentId}/releases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, Object> create(NuonCaller caller,
            @PathVariable String componentId, @RequestBody CreateReleaseRequest request,
            @RequestHeader(name = Pacing.STEP_HEADER, required = false) String step) {
        NuonComponent component = components.require(componentId, caller.orgId());
        NuonRelease release = service.create(caller, component, request, pacing.step(step));
        return view.render(release, clock.instant());
    }

    @GetMapping("/v1/releases/{releaseId}")
    Map<String, Object> get(NuonCaller caller,
            @PathVariable String releaseId) {
        return view.render(releases.require(releaseId, caller.orgId()), clock.instant());
    }

    @GetMapping("/v1/releases/{releaseId}/steps")
    ResponseEntity<List<Object>> steps(NuonCaller caller,
            @PathVariable String releaseId, @RequestParam(required = false) String offset,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String page) {
        NuonPage paging = NuonPage.of(offset, limit, page);
        NuonRelease release = releases.require(releaseId, caller.orgId());
        return paging.respond(view.steps(release, clock.instant()), steps -> steps);
    }

    @GetMapping("/v1/components/{componentId}/releases")
    ResponseEntity<List<Object>> ofComponent(NuonCaller caller,
            @PathVariable String componentId, @RequestParam(required = false) String offset,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String page) {
        return NuonPage.of(offset, limit, page).respond(service.ofComponent(componentId, caller.orgId()),
                rows -> view.render(rows, clock.instant()));
    }

    @GetMapping("/v1/apps/{appId}/releases")
    ResponseEntity<List<Object>> ofApp(NuonCaller caller,
            @PathVariable String appId, @RequestParam(required = false) String offset,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String page) {
        return NuonPage.of(offset, limit, page).respond(service.ofApp(appId, caller.orgId()),
                rows -> view.render(rows, clock.instant()));
    }
}
