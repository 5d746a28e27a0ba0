package io.apiemulator.nuon.auth;

import io.apiemulator.kernel.error.ApiErrors;
import io.apiemulator.kernel.security.ChainOrder;
import io.apiemulator.kernel.security.DefaultSecurityConfiguration;
import io.apiemulator.nuon.NuonApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/** Nuon paths only, matched on the path alone (a regex matcher would also see the query string). */
@Configuration(proxyBeanMethods = false)
class NuonSecurityConfiguration {

    @Bean
    @Order(ChainOrder.NUON)
    SecurityFilterChain nuonChain(HttpSecurity http, NuonAccountRepository accounts, NuonApi api, ApiErrors errors) {
        return DefaultSecurityConfiguration.stateless(http)
                .securityMatcher(request -> NuonApi.PATHS.matcher(ApiErrors.pathOf(request)).matches())
                // the filter answers 401/403 itself, in Nuon's envelope; what passes it is authorised
                .addFilterBefore(new NuonAuthFilter(accounts, api, errors), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
