package io.apiemulator.kernel.time;

import java.time.Duration;

/**
 * A family's job that the scheduler runs every {@link #period()}, the first time one period after start-up. A
 * failed run is logged and the next one still comes.
 */
public interface PeriodicJob extends Runnable {

    Duration period();
}
