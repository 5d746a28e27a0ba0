package io.apiemulator.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MicrosecondClockTest {

    private final Clock fixed = Clock.fixed(Instant.parse("2026-12-01T10:15:30.123456789Z"), ZoneOffset.UTC);

    @Test
    void instantsKeepMicrosecondsOnly() {
        assertThat(new MicrosecondClock(fixed).instant()).isEqualTo(Instant.parse("2026-12-01T10:15:30.123456Z"));
    }

    @Test
    void millisWorks() {
        assertThat(new MicrosecondClock(fixed).millis()).isEqualTo(fixed.millis());
    }
}
