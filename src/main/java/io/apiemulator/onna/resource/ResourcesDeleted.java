package io.apiemulator.onna.resource;

import java.util.Collection;

/**
 * Published (as a Spring application event, inside the deleting transaction) whenever resources go away,
 * alone or with their folder or workspace, so that their uploads and stored bytes go with them.
 */
public record ResourcesDeleted(Collection<String> resourceIds) {
}
