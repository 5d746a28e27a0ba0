package io.apiemulator.nuon.auth;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiErrors;
import io.apiemulator.kernel.security.BearerTokens;
import io.apiemulator.nuon.NuonApi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nuon's auth and org middlewares in one: the token ({@code Authorization: Bearer} or {@code ?token=}) must be
 * known (401), and the org ({@code X-Nuon-Org-ID} or {@code ?org_id=}) must be one the token may act in (403).
 */
class NuonAuthFilter extends OncePerRequestFilter {

    static final String ORG_HEADER = "X-Nuon-Org-ID";

    private final NuonAccountRepository accounts;
    private final NuonApi api;
    private final ApiErrors errors;

    NuonAuthFilter(NuonAccountRepository accounts, NuonApi api, ApiErrors errors) {
        this.accounts = accounts;
        this.api = api;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = BearerTokens.from(request).or(() -> present(request.getParameter("token")));
        if (token.isEmpty()) {
            reject(response, HttpStatus.UNAUTHORIZED, "auth token was empty", "an API token is required");
            return;
        }
        Optional<NuonAccount> account = accounts.findByToken(token.get());
        if (account.isEmpty()) {
            reject(response, HttpStatus.UNAUTHORIZED, "invalid auth token", "the API token is not known");
            return;
        }
        Optional<String> org = present(request.getHeader(ORG_HEADER)).or(() -> present(request.getParameter("org_id")));
        if (org.isEmpty()) {
            reject(response, HttpStatus.FORBIDDEN, "org ID was empty", "an org ID is required in " + ORG_HEADER);
            return;
        }
        if (!account.get().getOrgIds().contains(org.get())) {
            reject(response, HttpStatus.FORBIDDEN, "user does not have access to org",
                    "the API token has no access to org " + org.get());
            return;
        }
        request.setAttribute(NuonCaller.ATTRIBUTE, new NuonCaller(account.get().getId(), org.get()));
        chain.doFilter(request, response);
    }

    private void reject(HttpServletResponse response, HttpStatus status, String error, String description)
            throws IOException {
        ResponseEntity<Object> entity = api.error(status, error, description);
        errors.write(response, entity);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
