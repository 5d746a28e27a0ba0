package io.apiemulator.onna.workspace;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.apiemulator.onna.OnnaValidation;

/** The bodies of Create Workspace and Update Workspace. */
final class WorkspaceRequests {

    private WorkspaceRequests() {
    }

    record Create(@NotNull(message = OnnaValidation.REQUIRED)
            @Pattern(regexp = OnnaValidation.NOT_BLANK, message = OnnaValidation.BLANK) String name,
            String description, @Size(max = OnnaValidation.MAX_WORKSPACE_TAGS) List<@NotNull String> tags) {
    }

    /** Every field optional; an absent (or null) field keeps its value. */
    record Update(@Pattern(regexp = OnnaValidation.NOT_BLANK, message = OnnaValidation.BLANK) String name,
            String description, @Size(max = OnnaValidation.MAX_WORKSPACE_TAGS) List<@NotNull String> tags) {
    }
}
