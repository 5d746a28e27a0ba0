package io.apiemulator.nuon.auth;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.kernel.security.CallerLookup;
import io.apiemulator.nuon.NuonException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Nuon's auth and org middlewares in one: the token ({@code Authorization: Bearer} or {@code ?token=}) must be
 * known (401), and the org ({@code X-Nuon-Org-ID} or {@code ?org_id=}) must be one the token may act in (403).
 */
@Component
class NuonCallers extends CallerLookup {

    static final String ORG_HEADER = "X-Nuon-Org-ID";

    private final NuonAccountRepository accounts;

    NuonCallers(NuonAccountRepository accounts) {
        super("nuon", NuonCaller.class);
        this.accounts = accounts;
    }

    @Override
    public NuonCaller caller(HttpServletRequest request, String bearer) {
        String token = Optional.ofNullable(bearer).or(() -> present(request.getParameter("token")))
                .orElseThrow(() -> refused(HttpStatus.UNAUTHORIZED, "auth token was empty", "an API token is required"));
        NuonAccount account = accounts.findByToken(token)
                .orElseThrow(() -> refused(HttpStatus.UNAUTHORIZED, "invalid auth token", "the API token is not known"));
        String org = present(request.getHeader(ORG_HEADER)).or(() -> present(request.getParameter("org_id")))
                .orElseThrow(() -> refused(HttpStatus.FORBIDDEN, "org ID was empty",
                        "an org ID is required in " + ORG_HEADER));
        if (!account.getOrgIds().contains(org)) {
            throw refused(HttpStatus.FORBIDDEN, "user does not have access to org",
                    "the API token has no access to org " + org);
        }
        return new NuonCaller(account.getId(), org);
    }

    private static NuonException refused(HttpStatus status, String error, String description) {
        return new NuonException(status, error, description);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
