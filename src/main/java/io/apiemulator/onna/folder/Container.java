package io.apiemulator.onna.folder;

/**
 * A workspace or folder as a parent ({@code onna_parent_id}): its id, its workspace and its path, the prefix
 * of the path of everything inside it.
 */
public record Container(String onnaId, String workspaceId, String path) {
}
