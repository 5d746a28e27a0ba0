package io.apiemulator.kernel.http;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The emulator publishes no metrics or traces, so observing requests is pure cost: with a live registry Spring
 * Security times every filter of every chain and MVC every request, which JFR under wrk put at about a third of
 * an authenticated GET's CPU. A no-op registry (Boot backs off from its own) switches all of it off.
 */
@Configuration(proxyBeanMethods = false)
class NoObservations {

    @Bean
    ObservationRegistry observationRegistry() {
        return ObservationRegistry.NOOP;
    }
}
