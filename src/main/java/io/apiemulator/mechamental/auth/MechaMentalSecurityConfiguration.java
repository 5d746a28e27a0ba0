package io.apiemulator.mechamental.auth;

import io.apiemulator.kernel.error.ApiErrors;
import io.apiemulator.kernel.security.ChainOrder;
import io.apiemulator.kernel.security.DefaultSecurityConfiguration;
import io.apiemulator.mechamental.MechaMentalApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/** MechaMental's own chain: static bearer tokens on {@code /v1/orgs/**}, nothing else. */
@Configuration(proxyBeanMethods = false)
class MechaMentalSecurityConfiguration {

    @Bean
    @Order(ChainOrder.MECHAMENTAL)
    SecurityFilterChain mechaMentalChain(HttpSecurity http, ApiTokenRepository tokens, MechaMentalApi api,
            ApiErrors errors) {
        return DefaultSecurityConfiguration.stateless(http)
                // the path alone: a regex matcher would also see the query string
                .securityMatcher(request -> MechaMentalApi.PATHS.matcher(ApiErrors.pathOf(request)).matches())
                .addFilterBefore(new BearerTokenFilter(tokens, api, errors), AuthorizationFilter.class)
                .anonymous(a -> a.disable())
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> errors.write(response,
                        api.error(HttpStatus.UNAUTHORIZED, "Authentication required"))))
                .build();
    }
}
