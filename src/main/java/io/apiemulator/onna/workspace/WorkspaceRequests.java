package io.apiemulator.onna.workspace;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of Create Workspace and Update Workspace. */
final class WorkspaceRequests {

    static final int MAX_TAGS = 10_000;

    private WorkspaceRequests() {
    }

    record Create(@NotBlank String name, String description,
            @Size(max = MAX_TAGS) List<@NotNull String> tags) {
    }

    /** Every field optional; an absent (or null) field keeps its value. */
    record Update(@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name, String description,
            @Size(max = MAX_TAGS) List<@NotNull String> tags) {
    }
}
