/**
 * Seeded state for all three families: each family's {@code SeedSection} is filled from its configuration at
 * start-up and after every reset, and from seed documents ({@code emulator.seed-file}, {@code POST /__admin/seed}),
 * which {@code SeedDocuments} reads, checks and applies in one transaction; {@code SeededState} applies both at
 * start-up. Also {@code ResetListener}, for state outside the database that a reset drops, and {@code StateLock},
 * which serialises whole-state changes between instances sharing one PostgreSQL database.
 */
package io.apiemulator.kernel.state;
