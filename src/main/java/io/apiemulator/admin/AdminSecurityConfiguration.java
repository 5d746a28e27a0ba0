package io.apiemulator.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiErrors;
import io.apiemulator.kernel.security.BearerTokens;
import io.apiemulator.kernel.security.ChainOrder;
import io.apiemulator.kernel.security.DefaultSecurityConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/** The admin API is open, as on WireMock, unless {@code emulator.admin.token} asks for a bearer token. */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

    @Bean
    @Order(ChainOrder.ADMIN)
    SecurityFilterChain adminChain(HttpSecurity http, AdminProperties properties, ApiErrors errors) {
        DefaultSecurityConfiguration.stateless(http)
                .securityMatcher(request -> AdminApi.isAdmin(ApiErrors.pathOf(request)))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        if (properties.tokenRequired()) {
            http.addFilterBefore(new AdminTokenFilter(properties.token(), errors), WebAsyncManagerIntegrationFilter.class);
        }
        return http.build();
    }

    private static final class AdminTokenFilter extends OncePerRequestFilter {

        private final byte[] token;
        private final ApiErrors errors;

        AdminTokenFilter(String token, ApiErrors errors) {
            this.token = token.getBytes(StandardCharsets.UTF_8);
            this.errors = errors;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean valid = BearerTokens.from(request)
                    .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), token)).orElse(false);
            if (!valid) {
                response.setHeader("WWW-Authenticate", "Bearer");
                errors.write(request, response, HttpStatus.UNAUTHORIZED, "Missing or wrong admin token");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
