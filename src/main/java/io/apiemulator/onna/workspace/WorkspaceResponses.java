package io.apiemulator.onna.workspace;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The bodies Onna answers for workspaces, keys in the vendor's (alphabetical) order. */
final class WorkspaceResponses {

    private WorkspaceResponses() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Created(String onnaId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder(alphabetic = true)
    record Info(Instant creationDatetime, String description, Instant modificationDatetime, String name,
            String onnaId, List<String> tags) {

        static Info of(Workspace w) {
            return new Info(w.getCreatedAt(), w.getDescription(), w.getModifiedAt(), w.getName(), w.getOnnaId(),
                    w.getTags());
        }
    }

    /** A list page; no {@code cursor} on the last one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page(String cursor, List<Item> items) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Item(String name, String onnaId) {
    }
}
