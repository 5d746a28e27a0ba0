/**
 * The server's single {@code Clock} (system UTC, truncated to the microseconds the databases keep) and the
 * scheduler of the families' periodic jobs; everything that tells time takes the clock. See
 * {@code ClockConfiguration} and {@code PeriodicJobs}.
 */
package io.apiemulator.kernel.time;
