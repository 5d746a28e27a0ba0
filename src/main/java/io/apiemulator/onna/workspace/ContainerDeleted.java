package io.apiemulator.onna.workspace;

/**
 * Published inside the deleting transaction when a workspace or folder goes away: whoever keeps things
 * inside containers deletes everything of the account in that workspace whose path starts with {@code path}.
 */
public record ContainerDeleted(String accountId, String workspaceId, String path) {
}
