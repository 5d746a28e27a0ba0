package io.apiemulator.nuon.component;

import java.time.Instant;
import java.util.Map;

import io.apiemulator.nuon.JsonObject;

import org.springframework.stereotype.Component;

/** {@code app.Component}: the stored component, its derived config version and its newest build. */
@Component
class ComponentView {

    private final LatestBuild latestBuild;

    ComponentView(LatestBuild latestBuild) {
        this.latestBuild = latestBuild;
    }

    Map<String, Object> render(NuonComponent c, Instant now) {
        return JsonObject.of(
                "app_id", c.getAppId(),
                "config_versions", ComponentConfigView.VERSION,
                "created_at", c.getCreatedAt().toString(),
                "created_by_id", ComponentConfigView.configAuthorId(c),
                "dependencies", c.dependencies(),
                "id", c.getId(),
                "latest_build", latestBuild.of(c, now).orElse(null),
                "links", Map.of(),
                "name", c.getName(),
                "resolved_var_name", c.varName(),
                "status", "active",
                "status_description", "component is configured and ready to build",
                "type", c.getType(),
                "updated_at", c.getCreatedAt().toString(),
                "var_name", c.varName());
    }
}
