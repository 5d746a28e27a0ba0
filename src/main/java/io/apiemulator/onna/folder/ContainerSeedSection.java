package io.apiemulator.onna.folder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.onna.OnnaValidation;
import io.apiemulator.onna.SeedFields;
import io.apiemulator.onna.workspace.SeededWorkspaces;
import io.apiemulator.onna.workspace.Workspace;
import io.apiemulator.onna.workspace.WorkspaceRepository;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code workspaces} list of the {@code onna} seed section, each with its tree of {@code folders}:
 * <pre>
 * onna:
 *   workspaces:
 *     - {id: ws-demo, account_id: demo-account, name: Demo, description: d, tags: [a],
 *        folders: [{id: fd-inbox, name: Inbox, folders: [{name: 2024}]}]}
 * </pre>
 * Created, or updated when they exist: by id, or without an id by name (a workspace among its account's, a
 * folder among its parent's children). The whole section is read before anything is written. Other keys of
 * the section belong to other Onna packages.
 */
@Component
class ContainerSeedSection implements SeedSection {

    private static final Set<String> WORKSPACE_FIELDS = Set.of("id", "account_id", "name", "description", "tags",
            "folders");
    private static final Set<String> FOLDER_FIELDS = Set.of("id", "name", "folders");
    /** Ids become path segments matched with LIKE: no separators, no wildcards. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{1,64}");
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_ACCOUNT_LENGTH = 200;
    private static final int MAX_NAME_LENGTH = 1_000;
    private static final int MAX_DESCRIPTION_LENGTH = 10_000;

    private final SeededWorkspaces seededWorkspaces;
    private final WorkspaceRepository workspaces;
    private final FolderRepository folders;
    private final Clock clock;

    ContainerSeedSection(SeededWorkspaces seededWorkspaces, WorkspaceRepository workspaces, FolderRepository folders,
            Clock clock) {
        this.seededWorkspaces = seededWorkspaces;
        this.workspaces = workspaces;
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "onna";
    }

    @Override
    @Transactional
    public void apply(Map<String, Object> section) {
        List<SeededWorkspace> seeded = SeedFields.list(section, "workspaces", "workspaces", WORKSPACE_FIELDS)
                .stream().map(ContainerSeedSection::workspace).toList();
        seeded.forEach(this::upsert);
    }

    private record SeededFolder(String where, String id, String name, List<SeededFolder> children) {
    }

    private record SeededWorkspace(String where, String id, String accountId, String name, String description,
            List<String> tags, List<SeededFolder> folders) {
    }

    private static SeededWorkspace workspace(SeedFields w) {
        String description = w.optional("description", MAX_DESCRIPTION_LENGTH);
        return new SeededWorkspace(w.where(), id(w), w.required("account_id", MAX_ACCOUNT_LENGTH),
                w.required("name", MAX_NAME_LENGTH), description == null ? "" : description,
                w.strings("tags", OnnaValidation.MAX_WORKSPACE_TAGS, MAX_NAME_LENGTH), folders(w));
    }

    private static List<SeededFolder> folders(SeedFields parent) {
        return parent.list("folders", FOLDER_FIELDS).stream()
                .map(f -> new SeededFolder(f.where(), id(f), f.required("name", MAX_NAME_LENGTH), folders(f)))
                .toList();
    }

    private static String id(SeedFields fields) {
        String id = fields.optional("id", MAX_ID_LENGTH);
        if (id != null && !ID.matcher(id).matches()) {
            throw new InvalidSeedException(fields.where() + ".id must be 1 to 64 letters, digits or '-'");
        }
        return id;
    }

    private void upsert(SeededWorkspace w) {
        if (w.id() != null && folders.existsById(w.id())) {
            throw new InvalidSeedException(w.where() + ": id " + w.id() + " is a folder's");
        }
        String id;
        try {
            id = seededWorkspaces.upsert(w.id(), w.accountId(), w.name(), w.description(), w.tags());
        }
        catch (InvalidSeedException e) {
            throw new InvalidSeedException(w.where() + ": " + e.getMessage());
        }
        Container root = new Container(id, id, Workspace.rootPath(id));
        w.folders().forEach(f -> upsert(w.accountId(), root, f));
    }

    private void upsert(String accountId, Container parent, SeededFolder f) {
        Folder folder = f.id() == null ? findChild(accountId, parent, f.name()) : findById(accountId, parent, f);
        if (folder == null) {
            folder = folders.save(new Folder(f.id() == null ? Ids.random("fd", 30, Ids.HEX) : f.id(), accountId,
                    parent, f.name(), Instant.now(clock)));
        }
        else {
            folder.rename(f.name());
        }
        Container container = folder.asContainer();
        f.children().forEach(child -> upsert(accountId, container, child));
    }

    private Folder findChild(String accountId, Container parent, String name) {
        return folders.childrenNamed(accountId, parent.workspaceId(), parent.path(), name, Limit.of(1)).stream()
                .findFirst().orElse(null);
    }

    /** A folder id may be seeded again only where it is: same account, same parent. */
    private Folder findById(String accountId, Container parent, SeededFolder f) {
        if (workspaces.existsById(f.id())) {
            throw new InvalidSeedException(f.where() + ": id " + f.id() + " is a workspace's");
        }
        Folder existing = folders.findById(f.id()).orElse(null);
        if (existing != null && (!existing.getAccountId().equals(accountId)
                || !existing.getPath().equals(parent.path() + f.id() + "/"))) {
            throw new InvalidSeedException(f.where() + ": folder " + f.id() + " already exists elsewhere");
        }
        return existing;
    }
}
