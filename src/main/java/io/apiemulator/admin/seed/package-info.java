/**
 * {@code POST /__admin/seed} (apply a YAML or JSON seed document, all or nothing) and
 * {@code GET /__admin/seed/sections} (the section names a document may use). {@code SeedController} only passes the
 * document on: reading, checking and applying it is done by {@code kernel.state.SeedDocuments}.
 */
package io.apiemulator.admin.seed;
