package io.apiemulator.kernel.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything no family claims (Swagger UI, the OpenAPI documents, actuator, unknown paths) is open:
 * the emulator is a development tool and answers unknown paths with a 404, not a login page.
 */
@Configuration(proxyBeanMethods = false)
public class DefaultSecurityConfiguration {

    @Bean
    @Order(ChainOrder.DEFAULT)
    SecurityFilterChain openChain(HttpSecurity http) {
        return stateless(http).authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }

    /** No sessions, no CSRF tokens, no login forms: every family authenticates each request on its own. */
    public static HttpSecurity stateless(HttpSecurity http) {
        return http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable());
    }
}
