/**
 * The server's single {@code Clock} (system UTC, truncated to the microseconds the databases keep) and the scheduler
 * that runs the families' periodic jobs; everything that tells time takes this bean. See
 * {@code ClockConfiguration}.
 */
package io.apiemulator.kernel.time;
