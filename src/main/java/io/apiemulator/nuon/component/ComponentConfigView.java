package io.apiemulator.nuon.component;

import java.util.List;
import java.util.Map;

import io.apiemulator.nuon.JsonObject;
import io.apiemulator.nuon.NuonIds;

/**
 * A component's {@code app.ComponentConfigConnection} (config version 1). Components are seeded, not configured
 * through the API, so the config is derived from the component: a public git repo on {@code main}, only the
 * block of the component's type filled, the other type blocks null. Ids are derived so they never change.
 */
public final class ComponentConfigView {

    public static final int VERSION = 1;

    private ComponentConfigView() {
    }

    public static String connectionId(NuonComponent component) {
        return NuonIds.derived("cfg", component.getId());
    }

    public static String checksum(NuonComponent component) {
        return NuonIds.hex(connectionId(component) + "/" + component.getType() + "/" + component.getName());
    }

    /** The org's config-sync account: who "created" the derived configs. */
    public static String configAuthorId(NuonComponent component) {
        return NuonIds.derived("acc", component.getOrgId());
    }

    public static Map<String, Object> render(NuonComponent c) {
        String type = c.getType();
        return JsonObject.of(
                "app_config_id", NuonIds.derived("apc", c.getAppId()),
                "app_config_version", VERSION,
                "checksum", checksum(c),
                "component_dependency_ids", List.of(),
                "component_id", c.getId(),
                "component_name", c.getName(),
                "created_at", c.getCreatedAt().toString(),
                "created_by_id", configAuthorId(c),
                "docker_build", "docker_build".equals(type) ? dockerBuild(c) : null,
                "drift_schedule", "",
                "external_image", "external_image".equals(type) ? externalImage(c) : null,
                "helm", "helm_chart".equals(type) ? helm(c) : null,
                "id", connectionId(c),
                "job", "job".equals(type) ? job(c) : null,
                "kubernetes_manifest", "kubernetes_manifest".equals(type) ? kubernetesManifest(c) : null,
                "references", List.of(),
                "refs", List.of(),
                "terraform_module", "terraform_module".equals(type) ? terraformModule(c) : null,
                "type", type,
                "updated_at", c.getCreatedAt().toString(),
                "version", VERSION);
    }

    private static Map<String, Object> terraformModule(NuonComponent c) {
        String id = typeConfigId(c);
        Map<String, Object> config = common(c, id);
        config.put("connected_github_vcs_config", null);
        config.put("env_vars", Map.of());
        config.put("public_git_vcs_config", publicGit(c, id, "terraform_module_component_configs"));
        config.put("variables", Map.of());
        config.put("variables_files", List.of());
        config.put("version", "1.9.8");
        return config;
    }

    private static Map<String, Object> helm(NuonComponent c) {
        String id = typeConfigId(c);
        Map<String, Object> config = common(c, id);
        config.put("chart_name", c.getName());
        config.put("connected_github_vcs_config", null);
        config.put("helm_config_json", JsonObject.of("chart_name", c.getName(), "namespace", "default",
                "storage_driver", "secret", "take_ownership", false, "values", Map.of(), "values_files", List.of()));
        config.put("namespace", "default");
        config.put("public_git_vcs_config", publicGit(c, id, "helm_component_configs"));
        config.put("storage_driver", "secret");
        config.put("take_ownership", false);
        config.put("values", Map.of());
        config.put("values_files", List.of());
        return config;
    }

    private static Map<String, Object> dockerBuild(NuonComponent c) {
        String id = typeConfigId(c);
        Map<String, Object> config = common(c, id);
        config.put("build_args", List.of());
        config.put("connected_github_vcs_config", null);
        config.put("dockerfile", "Dockerfile");
        config.put("env_vars", Map.of());
        config.put("public_git_vcs_config", publicGit(c, id, "docker_build_component_configs"));
        config.put("target", "");
        return config;
    }

    private static Map<String, Object> externalImage(NuonComponent c) {
        Map<String, Object> config = common(c, typeConfigId(c));
        config.put("aws_ecr_image_config", null);
        config.put("image_url", image(c));
        config.put("tag", "latest");
        return config;
    }

    private static Map<String, Object> job(NuonComponent c) {
        Map<String, Object> config = common(c, typeConfigId(c));
        config.put("args", List.of());
        config.put("cmd", List.of());
        config.put("env_vars", Map.of());
        config.put("image_url", image(c));
        config.put("tag", "latest");
        return config;
    }

    private static Map<String, Object> kubernetesManifest(NuonComponent c) {
        Map<String, Object> config = common(c, typeConfigId(c));
        config.put("manifest", "");
        config.put("namespace", "default");
        return config;
    }

    private static Map<String, Object> common(NuonComponent c, String id) {
        return JsonObject.of("component_config_connection_id", connectionId(c),
                "created_at", c.getCreatedAt().toString(), "created_by_id", configAuthorId(c), "id", id,
                "updated_at", c.getCreatedAt().toString());
    }

    private static Map<String, Object> publicGit(NuonComponent c, String configId, String configType) {
        return JsonObject.of("branch", "main", "component_config_id", configId, "component_config_type", configType,
                "created_at", c.getCreatedAt().toString(), "created_by_id", configAuthorId(c), "directory", ".",
                "id", NuonIds.derived("pgc", c.getId()), "repo", "nuon-emulator/" + c.getName(),
                "updated_at", c.getCreatedAt().toString());
    }

    private static String typeConfigId(NuonComponent c) {
        return NuonIds.derived("cmc", c.getId());
    }

    private static String image(NuonComponent c) {
        return "ghcr.io/nuon-emulator/" + c.getName();
    }
}
