package io.apiemulator.onna.folder;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.onna.OnnaSeed;
import io.apiemulator.onna.workspace.SeededWorkspaces;
import io.apiemulator.onna.workspace.Workspace;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Seeded workspaces ({@code onna.workspaces}) with their trees of folders: created, or updated when they exist,
 * by id, or without an id by name (a workspace among its account's, a folder among its parent's children).
 */
@Component
public class ContainerSeeder {

    private final SeededWorkspaces seededWorkspaces;
    private final FolderRepository folders;
    private final EntityManager entityManager;
    private final SeedLookup lookup;
    private final Clock clock;

    ContainerSeeder(SeededWorkspaces seededWorkspaces, FolderRepository folders,
            EntityManager entityManager, SeedLookup lookup, Clock clock) {
        this.seededWorkspaces = seededWorkspaces;
        this.folders = folders;
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.clock = clock;
    }

    public void upsert(List<OnnaSeed.Workspace> seeded) {
        for (int i = 0; i < seeded.size(); i++) {
            upsert("workspaces[" + i + "]", seeded.get(i));
        }
    }

    private void upsert(String where, OnnaSeed.Workspace w) {
        if (w.id() != null && lookup.find(Folder.class, w.id()) != null) {
            throw new InvalidSeedException(where + ": id " + w.id() + " is a folder's");
        }
        String id;
        try {
            id = seededWorkspaces.upsert(w.id(), w.accountId(), w.name(), w.description(), w.tags());
        }
        catch (InvalidSeedException e) {
            throw new InvalidSeedException(where + ": " + e.getMessage());
        }
        upsertChildren(where, w.accountId(), new Container(id, id, Workspace.rootPath(id)), w.folders());
    }

    private void upsertChildren(String where, String accountId, Container parent, List<OnnaSeed.Folder> children) {
        for (int i = 0; i < children.size(); i++) {
            upsert(where + ".folders[" + i + "]", accountId, parent, children.get(i));
        }
    }

    private void upsert(String where, String accountId, Container parent, OnnaSeed.Folder f) {
        Folder folder = f.id() == null ? findChild(accountId, parent, f.name()) : findById(where, accountId, parent, f);
        if (folder == null) {
            folder = new Folder(f.id() == null ? Ids.random("fd", 30, Ids.HEX) : f.id(), accountId, parent, f.name(),
                    Instant.now(clock));
            entityManager.persist(folder);
        }
        else {
            folder.rename(f.name());
        }
        upsertChildren(where, accountId, folder.asContainer(), f.folders());
    }

    private Folder findChild(String accountId, Container parent, String name) {
        return lookup.first(Folder.class, f -> f.getAccountId().equals(accountId)
                && f.getWorkspaceId().equals(parent.workspaceId()) && f.getName().equals(name) && f.isChildOf(parent),
                Comparator.comparing(Folder::getCreatedAt).thenComparing(Folder::getOnnaId),
                () -> folders.childrenNamed(accountId, parent.workspaceId(), parent.path(), name, Limit.of(1))
                        .stream().findFirst())
                .orElse(null);
    }

    /** A folder id may be seeded again only where it is: same account, same parent. */
    private Folder findById(String where, String accountId, Container parent, OnnaSeed.Folder f) {
        if (lookup.find(Workspace.class, f.id()) != null) {
            throw new InvalidSeedException(where + ": id " + f.id() + " is a workspace's");
        }
        Folder existing = lookup.find(Folder.class, f.id());
        if (existing != null && (!existing.getAccountId().equals(accountId) || !existing.isChildOf(parent))) {
            throw new InvalidSeedException(where + ": folder " + f.id() + " already exists elsewhere");
        }
        return existing;
    }
}
