/**
 * Statuses of Nuon builds, releases and release steps, computed from stored facts and the clock instead of by a
 * background worker: a {@code Timeline} of {@code Phase}s gives the status at any moment and renders Nuon's
 * {@code app.CompositeStatus} with its history.
 */
package io.apiemulator.nuon.status;
