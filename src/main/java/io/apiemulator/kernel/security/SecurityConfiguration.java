package io.apiemulator.kernel.security;

import java.util.List;

import io.apiemulator.kernel.error.ApiFamilies;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One chain for every family: each family's {@link CallerLookup} authenticates its own paths and answers
 * 401/403 in its envelope; everything no family claims (Swagger UI, the OpenAPI documents, actuator, unknown
 * paths) is open, since the emulator is a development tool. Only Onna's token endpoint has a chain of its own
 * (Spring Authorization Server's), ordered before this one.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    @Order(ChainOrder.CALLERS)
    SecurityFilterChain callerChain(HttpSecurity http, ApiFamilies families, List<CallerLookup> lookups) {
        return stateless(http).anonymous(a -> a.disable())
                .addFilterAfter(new CallerFilter(families, lookups), HeaderWriterFilter.class)
                .build();
    }

    @Bean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    WebMvcConfigurer callerArguments(List<CallerLookup> lookups) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArguments(lookups));
            }
        };
    }

    /**
     * No sessions, no CSRF tokens, no login forms: every family authenticates each request on its own. Nothing
     * asks the servlet request for its user either, so it is not wrapped for that: every filter and matcher that
     * reads the request goes through each wrapper, and the wrappers were a seventh of a GET.
     */
    public static HttpSecurity stateless(HttpSecurity http) {
        return http.csrf(c -> c.disable())
                .servletApi(s -> s.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
    }
}
