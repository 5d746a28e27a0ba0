package io.apiemulator.onna.auth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiFamilies;
import io.apiemulator.kernel.error.Violation;
import io.apiemulator.onna.OnnaApi;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Onna's token endpoint is a FastAPI form: a missing {@code client_id} or {@code client_secret} is a 422
 * with FastAPI's body, and {@code grant_type} defaults to {@code client_credentials}. Spring Authorization
 * Server, which does the rest, knows neither rule, so this filter applies them first.
 */
class TokenRequestFilter extends OncePerRequestFilter {

    static final String TOKEN_PATH = "/v1/oauth/token";

    private final ApiFamilies errors;

    TokenRequestFilter(ApiFamilies errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !TOKEN_PATH.equals(ApiFamilies.pathOf(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean basicAuth = String.valueOf(request.getHeader(HttpHeaders.AUTHORIZATION)).startsWith("Basic ");
        List<Violation> missing = new ArrayList<>();
        for (String field : List.of("client_id", "client_secret")) {
            if (!basicAuth && isBlank(request.getParameter(field))) {
                missing.add(Violation.missing("body", field));
            }
        }
        if (!missing.isEmpty()) {
            errors.write(response, OnnaApi.fastApi(missing));
            return;
        }
        chain.doFilter(isBlank(request.getParameter("grant_type")) ? new DefaultGrantType(request) : request, response);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The request as if it had said {@code grant_type=client_credentials}. */
    private static final class DefaultGrantType extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        DefaultGrantType(HttpServletRequest request) {
            super(request);
            Map<String, String[]> copy = new HashMap<>(request.getParameterMap());
            copy.put("grant_type", new String[] {"client_credentials"});
            this.parameters = Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
