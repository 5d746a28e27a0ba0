/**
 * The database of all three families: embedded H2 (in memory, or in a file under {@code emulator.data-dir} when
 * {@code emulator.persistence.enabled}) or PostgreSQL, as {@code Database} reports it. Also the schema, made by
 * Flyway or, on the in-memory database, by running its migrations as plain scripts ({@code Schema}), on the
 * thread Hibernate boots on ({@code SchemaBeforeHibernate}); Hibernate booted in the background at start-up and
 * without ByteBuddy ({@code NoRuntimeProxies}); {@code @Transactional} read on this server's classes only
 * ({@code OwnTransactionalClasses}); and {@code AssignedIdEntity}, the base of entities whose id the emulator
 * assigns.
 */
package io.apiemulator.kernel.persistence;
