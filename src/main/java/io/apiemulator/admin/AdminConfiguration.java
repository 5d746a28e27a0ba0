package io.apiemulator.admin;

import java.time.Clock;

import io.apiemulator.admin.fault.FaultRules;
import io.apiemulator.admin.journal.RequestJournal;
import io.apiemulator.kernel.error.ApiFamilies;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    /** Ahead of Spring Security (order -100), so rejected requests are journaled and faults apply to them. */
    @Bean
    FilterRegistrationBean<TrafficFilter> trafficFilter(RequestJournal journal, FaultRules faults, ApiFamilies errors,
            Clock clock) {
        FilterRegistrationBean<TrafficFilter> registration = new FilterRegistrationBean<>(
                new TrafficFilter(journal, faults, errors, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
