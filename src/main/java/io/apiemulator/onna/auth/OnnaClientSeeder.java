package io.apiemulator.onna.auth;

import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.onna.OnnaSeed;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * A seeded OAuth client: created, or updated when the client_id exists. Straight through the EntityManager: this runs
 * on every reset, and a repository's save would look a new id up a second time.
 */
@Component
public class OnnaClientSeeder {

    private final EntityManager entityManager;
    private final SeedLookup lookup;
    private final OnnaRegisteredClients registeredClients;

    OnnaClientSeeder(EntityManager entityManager, SeedLookup lookup, OnnaRegisteredClients registeredClients) {
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.registeredClients = registeredClients;
    }

    public void upsert(OnnaSeed.Client c) {
        registeredClients.forgetOnCommit();
        OnnaClient existing = lookup.find(OnnaClient.class, c.clientId());
        if (existing != null) {
            existing.update(c.clientSecret(), c.accountId(), c.userId(), c.name(), c.surname());
            return;
        }
        entityManager.persist(new OnnaClient(c.clientId(), c.clientSecret(), c.accountId(), c.userId(), c.name(),
                c.surname()));
    }
}
