package io.apiemulator.kernel.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's single clock. Ticks in microseconds because that is the precision the databases keep, so a
 * timestamp read back equals the one written (keyset cursors depend on it). Everything that tells time takes this
 * bean, so a test can put a settable clock in its place.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }
}
