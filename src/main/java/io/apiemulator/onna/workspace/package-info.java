/**
 * {@code GET /v1/workspaces} (list, {@code emulator.onna.page-size} at a time, with a {@code timestamp//id} cursor),
 * {@code POST /v1/workspaces} (create) and {@code GET}, {@code PATCH}, {@code DELETE /v1/workspaces/{onna_id}}
 * (read, update, delete with every folder and resource in it). Start at {@code WorkspaceController}; a caller sees
 * only its own account's workspaces.
 */
package io.apiemulator.onna.workspace;
