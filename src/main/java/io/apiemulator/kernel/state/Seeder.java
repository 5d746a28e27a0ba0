package io.apiemulator.kernel.state;

/**
 * Puts a family's configured starting state (demo clients, tokens, orgs, apps) into the database.
 * Must be idempotent: it runs at every start, also over a persisted database, and after an admin reset.
 */
public interface Seeder {

    void seed();
}
