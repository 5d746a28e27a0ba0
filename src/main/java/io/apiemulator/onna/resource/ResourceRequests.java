package io.apiemulator.onna.resource;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import static io.apiemulator.onna.OnnaValidation.REQUIRED;

/**
 * The bodies of Create File and Create Ticket, with the vendor's required fields and list limits. Whatever
 * optional field a client sends is stored and read back as sent; null means absent.
 */
final class ResourceRequests {

    private ResourceRequests() {
    }

    /** What every resource has: where it goes. */
    interface Create {

        String onnaParentId();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record File(String comment, @IsoDateTime String creationDate, String creator, String deleter,
            @IsoDateTime String deletionDate, String description, String mimeType, String name,
            @NotNull(message = REQUIRED) String onnaParentId, String path, @NotNull(message = REQUIRED) String ref,
            String shareUrl, String status, @Size(max = 1000) List<@NotNull String> tags, String type,
            @IsoDateTime String updateDate, String updater, @NotNull(message = REQUIRED) String url, String version)
            implements Create {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ticket(String assigneeGroup, @Size(max = 1000) List<@NotNull String> assignees, String author,
            String category, @Size(max = 5000) List<@NotNull @Valid TicketMessage> comments,
            @IsoDateTime String creationDate, String description, @Size(max = 1000) List<@NotNull String> followers,
            @NotNull(message = REQUIRED) String name, @NotNull(message = REQUIRED) String onnaParentId,
            String priority, @Size(max = 1000) List<@NotNull String> reactions, @NotNull(message = REQUIRED) String ref,
            String requester, String severity, String status, String subcategory,
            @Size(max = 1000) List<@NotNull String> tags, String type, @IsoDateTime String updateDate, String updater,
            @NotNull(message = REQUIRED) String url) implements Create {
    }

    /** One message of a ticket's conversation. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TicketMessage(@NotNull(message = REQUIRED) String author,
            @NotNull(message = REQUIRED) @IsoDateTime String creationDate, @NotNull(message = REQUIRED) String text) {
    }
}
