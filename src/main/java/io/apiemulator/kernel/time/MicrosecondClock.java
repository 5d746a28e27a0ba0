package io.apiemulator.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The system UTC clock truncated to microseconds, the precision PostgreSQL and H2 timestamps keep, so that a
 * time read back from the database equals the one written. (JDK 17's {@code Clock.tick(clock, 1 µs)} would
 * do this but divides by zero in {@code millis()}.)
 */
final class MicrosecondClock extends Clock {

    private final Clock system;

    MicrosecondClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(system.withZone(zone));
    }

    @Override
    public long millis() {
        return system.millis();
    }

    @Override
    public Instant instant() {
        return system.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
