package io.apiemulator.onna.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedLookup;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Workspaces written by a seed document ({@code onna.workspaces}): created, or updated when they exist. The
 * folder package drives it, because a seeded workspace may hold seeded folders.
 */
@Component
public class SeededWorkspaces {

    private final WorkspaceRepository workspaces;
    private final EntityManager entityManager;
    private final SeedLookup lookup;
    private final Clock clock;

    SeededWorkspaces(WorkspaceRepository workspaces, EntityManager entityManager, SeedLookup lookup, Clock clock) {
        this.workspaces = workspaces;
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * The workspace {@code id} (or, without an id, the account's oldest workspace called {@code name}) with the
     * given content; created when there is none. Returns its id.
     */
    public String upsert(String id, String accountId, String name, String description, List<String> tags) {
        Optional<Workspace> existing = id == null
                ? lookup.first(Workspace.class, w -> w.getAccountId().equals(accountId) && w.getName().equals(name),
                        Comparator.comparing(Workspace::getCreatedAt).thenComparing(Workspace::getOnnaId),
                        () -> workspaces.findFirstByAccountIdAndNameOrderByCreatedAtAscOnnaIdAsc(accountId, name))
                : Optional.ofNullable(lookup.find(Workspace.class, id));
        Instant now = Instant.now(clock);
        if (existing.isEmpty()) {
            Workspace created = new Workspace(id == null ? Ids.random("ws", 30, Ids.HEX) : id, accountId, name,
                    description, tags, now);
            // persist, not save: save would first look the new id up again
            entityManager.persist(created);
            return created.getOnnaId();
        }
        Workspace workspace = existing.get();
        if (!workspace.getAccountId().equals(accountId)) {
            throw new InvalidSeedException("workspace " + id + " belongs to another account");
        }
        workspace.rename(name);
        workspace.describe(description);
        workspace.tag(tags);
        workspace.touch(now);
        return workspace.getOnnaId();
    }
}
