/**
 * {@code GET /__admin/requests} (newest first, filtered by {@code method}, {@code path_prefix}, {@code path_regex},
 * {@code status}, {@code family} and {@code limit}) and {@code DELETE /__admin/requests} (clear): the in-memory
 * journal of recent requests, credentials redacted. Start at {@code JournalController}; {@code RequestJournal} is
 * the ring buffer that {@code admin.TrafficFilter} writes to.
 */
package io.apiemulator.admin.journal;
