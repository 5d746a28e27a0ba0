package io.apiemulator.onna.folder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The bodies of Create Folder and Update Folder. */
final class FolderRequests {

    private FolderRequests() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(@NotBlank String name, @NotNull String onnaParentId) {
    }

    record Update(@NotBlank String name) {
    }
}
