/**
 * Code shared by the three API families and {@code admin}, one concern per sub-package: errors, HTTP filters, ids,
 * JSON binding, pagination, persistence, security, start-up, seeded state and time. It imports none of the families;
 * they plug in by implementing its types ({@code ApiFamily}, {@code CallerLookup}, {@code SeedSection},
 * {@code ResetListener}, {@code StartupAnnouncement}).
 */
package io.apiemulator.kernel;
