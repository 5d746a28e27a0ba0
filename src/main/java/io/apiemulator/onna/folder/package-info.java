/**
 * {@code POST /v1/folders} (create) and {@code GET}, {@code PATCH}, {@code DELETE /v1/folders/{onna_id}} (read,
 * rename, delete with everything inside). Start at {@code FolderController}; {@code Containers} resolves an
 * {@code onna_parent_id} to a workspace or folder, and {@code ContainerSeeder} seeds workspaces with their folder
 * trees.
 */
package io.apiemulator.onna.folder;
