package io.apiemulator.mechamental.release;

import java.util.Map;

import io.apiemulator.mechamental.app.AppRef;
import io.apiemulator.mechamental.auth.MechaMentalCaller;
import io.apiemulator.mechamental.release.ReleaseViews.Activation;
import io.apiemulator.mechamental.release.ReleaseViews.Detail;
import io.apiemulator.mechamental.release.ReleaseViews.Page;
import io.apiemulator.mechamental.release.ReleaseViews.Summary;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/orgs/{org_id}/workspaces/{workspace_id}/apps/{app_id}/releases}: the seed's eight endpoints. */
@RestController
@RequestMapping(path = "/v1/orgs/{org_id}/workspaces/{workspace_id}/apps/{app_id}/releases",
        produces = MediaType.APPLICATION_JSON_VALUE)
class ReleaseController {

    private final ReleaseCatalog catalog;
    private final ReleaseLifecycle lifecycle;

    ReleaseController(ReleaseCatalog catalog, ReleaseLifecycle lifecycle) {
        this.catalog = catalog;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    Page list(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app,
            @RequestParam(name = "include_archived", required = false) String includeArchived,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "cursor", required = false) String cursor) {
        AppRef ref = AppRef.fromPath(org, workspace, app);
        return catalog.page(ref, ListQuery.parse(includeArchived, limit, cursor));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Detail create(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app, @RequestBody NewRelease body,
            MechaMentalCaller caller) {
        AppRef ref = AppRef.fromPath(org, workspace, app);
        return lifecycle.create(ref, body.validated(), caller.actor());
    }

    @GetMapping("/active")
    Detail active(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app) {
        return catalog.active(AppRef.fromPath(org, workspace, app));
    }

    @GetMapping("/{release_id}")
    Detail get(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app, @PathVariable("release_id") String releaseId) {
        return catalog.get(AppRef.fromPath(org, workspace, app), releaseId);
    }

    /** The seed documents an empty object as the answer. */
    @DeleteMapping("/{release_id}")
    Map<String, Object> delete(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app, @PathVariable("release_id") String releaseId) {
        lifecycle.delete(AppRef.fromPath(org, workspace, app), releaseId);
        return Map.of();
    }

    @PostMapping("/{release_id}/activate")
    Activation activate(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app, @PathVariable("release_id") String releaseId,
            MechaMentalCaller caller) {
        return lifecycle.activate(AppRef.fromPath(org, workspace, app), releaseId, caller.actor());
    }

    @PostMapping("/{release_id}/rollback")
    Activation rollback(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app, @PathVariable("release_id") String releaseId,
            MechaMentalCaller caller) {
        return lifecycle.rollback(AppRef.fromPath(org, workspace, app), releaseId, caller.actor());
    }

    @PostMapping("/{release_id}/archive")
    Summary archive(@PathVariable("org_id") String org, @PathVariable("workspace_id") String workspace,
            @PathVariable("app_id") String app, @PathVariable("release_id") String releaseId) {
        return lifecycle.archive(AppRef.fromPath(org, workspace, app), releaseId);
    }
}
