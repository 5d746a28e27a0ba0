package io.apiemulator.onna.folder;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.apiemulator.onna.OnnaValidation;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The bodies of Create Folder and Update Folder. */
final class FolderRequests {

    private FolderRequests() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(@NotNull(message = OnnaValidation.REQUIRED)
            @Pattern(regexp = OnnaValidation.NOT_BLANK, message = OnnaValidation.BLANK) String name,
            @NotNull(message = OnnaValidation.REQUIRED) String onnaParentId) {
    }

    record Update(@NotNull(message = OnnaValidation.REQUIRED)
            @Pattern(regexp = OnnaValidation.NOT_BLANK, message = OnnaValidation.BLANK) String name) {
    }
}
