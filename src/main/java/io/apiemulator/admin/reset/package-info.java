/**
 * {@code POST /__admin/reset}: back to the seeded state, in one transaction (every table emptied, every
 * {@code ResetListener} run, then the configured state and the seed file applied again). Start at
 * {@code ResetController}; the work is done by {@code EmulatorReset}.
 */
package io.apiemulator.admin.reset;
