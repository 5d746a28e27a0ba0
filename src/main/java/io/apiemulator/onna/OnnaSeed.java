package io.apiemulator.onna;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.apiemulator.kernel.state.SeedConstraints.REQUIRED;
import static io.apiemulator.kernel.state.SeedConstraints.TOO_LONG;
import static io.apiemulator.kernel.state.SeedConstraints.TOO_MANY;

/**
 * The {@code onna} seed section: OAuth clients, and workspaces with their trees of folders.
 * <pre>
 * onna:
 *   clients: [{client_id: c, client_secret: s, account_id: a, user_id: u@example.com, name: N, surname: S}]
 *   workspaces:
 *     - {id: ws-demo, account_id: a, name: Demo, description: d, tags: [t],
 *        folders: [{id: fd-inbox, name: Inbox, folders: [{name: Archive}]}]}
 * </pre>
 */
public record OnnaSeed(List<@NotNull @Valid Client> clients, List<@NotNull @Valid Workspace> workspaces) {

    /** Ids become path segments matched with LIKE: no separators, no wildcards. */
    private static final String ID = "[0-9A-Za-z-]{1,64}";
    private static final String BAD_ID = "must be 1 to 64 letters, digits or '-'";

    public OnnaSeed {
        clients = clients == null ? List.of() : clients;
        workspaces = workspaces == null ? List.of() : workspaces;
    }

    /** Created, or updated when the client_id exists. */
    public record Client(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String clientId,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String clientSecret,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String accountId,
            @NotBlank(message = REQUIRED) @Size(max = 320, message = TOO_LONG) String userId,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String name,
            @Size(max = 200, message = TOO_LONG) String surname) {
    }

    /** Matched by id, or without an id by name among its account's workspaces. */
    public record Workspace(
            @Pattern(regexp = ID, message = BAD_ID) String id,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String accountId,
            @NotBlank(message = REQUIRED) @Size(max = 1_000, message = TOO_LONG) String name,
            @Size(max = 10_000, message = TOO_LONG) String description,
            @Size(max = OnnaValidation.MAX_WORKSPACE_TAGS, message = TOO_MANY)
            List<@NotNull(message = "must be a string") @Size(max = 1_000, message = TOO_LONG) String> tags,
            List<@NotNull @Valid Folder> folders) {

        public Workspace {
            description = description == null ? "" : description;
            tags = tags == null ? List.of() : tags;
            folders = folders == null ? List.of() : folders;
        }
    }

    /** Matched by id, or without an id by name among its parent's children. */
    public record Folder(
            @Pattern(regexp = ID, message = BAD_ID) String id,
            @NotBlank(message = REQUIRED) @Size(max = 1_000, message = TOO_LONG) String name,
            List<@NotNull @Valid Folder> folders) {

        public Folder {
            folders = folders == null ? List.of() : folders;
        }
    }
}
