package io.apiemulator.nuon.component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.apiemulator.nuon.JsonObject;
import io.apiemulator.nuon.auth.NuonCaller;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/components/{id}}: {@code app.Component} with its latest build. */
@RestController
@Transactional(readOnly = true)
class ComponentController {

    private final NuonComponentRepository components;
    private final LatestBuild latestBuild;
    private final Clock clock;

    ComponentController(NuonComponentRepository components, LatestBuild latestBuild, Clock clock) {
        this.components = components;
        this.latestBuild = latestBuild;
        this.clock = clock;
    }

    @GetMapping("/v1/components/{componentId}")
    Map<String, Object> get(NuonCaller caller,
            @PathVariable String componentId) {
        NuonComponent c = components.require(componentId, caller.orgId());
        Instant now = clock.instant();
        String varName = c.getName().replaceAll("[^A-Za-z0-9]+", "_").toLowerCase();
        return JsonObject.of(
                "app_id", c.getAppId(),
                "config_versions", ComponentConfigView.VERSION,
                "created_at", c.getCreatedAt().toString(),
                "created_by_id", ComponentConfigView.configAuthorId(c),
                "dependencies", List.of(),
                "id", c.getId(),
                "latest_build", latestBuild.of(c, now).orElse(null),
                "links", Map.of(),
                "name", c.getName(),
                "resolved_var_name", varName,
                "status", "active",
                "status_description", "component is configured and ready to build",
                "type", c.getType(),
                "updated_at", c.getCreatedAt().toString(),
                "var_name", varName);
    }
}
