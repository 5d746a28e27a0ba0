package io.apiemulator.onna.auth;

import io.apiemulator.onna.OnnaSeed;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** A seeded OAuth client: created, or updated when the client_id exists. */
@Component
public class OnnaClientSeeder {

    private final OnnaClientRepository clients;
    private final EntityManager entityManager;

    OnnaClientSeeder(OnnaClientRepository clients, EntityManager entityManager) {
        this.clients = clients;
        this.entityManager = entityManager;
    }

    public void upsert(OnnaSeed.Client c) {
        clients.findById(c.clientId()).ifPresentOrElse(
                existing -> existing.update(c.clientSecret(), c.accountId(), c.userId(), c.name(), c.surname()),
                // persist, not save: save would first look the new id up again
                () -> entityManager.persist(new OnnaClient(c.clientId(), c.clientSecret(), c.accountId(),
                        c.userId(), c.name(), c.surname())));
    }
}
