package io.apiemulator.nuon.component;

import java.time.Clock;
import java.util.Map;

import io.apiemulator.nuon.auth.NuonCaller;

import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/components/{id}}: {@code app.Component} with its latest build, and the deprecated PATCH and DELETE
 * that older SDKs still call.
 */
@RestController
@Transactional(readOnly = true)
class ComponentController {

    private final NuonComponentRepository components;
    private final ComponentService service;
    private final ComponentView view;
    private final Clock clock;

    ComponentController(NuonComponentRepository components, ComponentService service, ComponentView view,
            Clock clock) {
        this.components = components;
        this.service = service;
        this.view = view;
        this.clock = clock;
    }

    @GetMapping("/v1/components/{componentId}")
    Map<String, Object> get(NuonCaller caller,
            @PathVariable String componentId) {
        return view.render(components.require(componentId, caller.orgId()), clock.instant());
    }

    @PatchMapping(path = "/v1/components/{componentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    Map<String, Object> update(NuonCaller caller,
            @PathVariable String componentId, @RequestBody UpdateComponentRequest request) {
        NuonComponent component = service.update(components.require(componentId, caller.orgId()), request);
        return view.render(component, clock.instant());
    }

    /** Nuon answers a bare {@code true}. */
    @DeleteMapping("/v1/components/{componentId}")
    @Transactional
    boolean delete(NuonCaller caller, @PathVariable String componentId) {
        service.delete(components.require(componentId, caller.orgId()));
        return true;
    }
}
