/**
 * {@code /v1/orgs/{org_id}/workspaces/{workspace_id}/apps/{app_id}/releases}: {@code GET} (list, cursor-paginated)
 * and {@code POST} (create); {@code GET .../active}; {@code GET} and {@code DELETE .../{release_id}};
 * {@code POST .../{release_id}/activate}, {@code .../rollback} and {@code .../archive}. Start at
 * {@code ReleaseController}; reads are in {@code ReleaseCatalog}, and {@code ReleaseLifecycle} makes every change
 * and has a table of what each action does to a release in each status.
 */
package io.apiemulator.mechamental.release;
