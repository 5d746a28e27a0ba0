package io.apiemulator.mechamental.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiErrors;
import io.apiemulator.kernel.security.BearerTokens;
import io.apiemulator.mechamental.MechaMentalApi;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the configured tokens (401 when missing or
 * unknown) and refuses an org the token may not access (403) before any controller runs, so a foreign
 * tenant learns nothing, not even whether its workspace or release exists.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Pattern ORG = Pattern.compile("^/v1/orgs/([^/]+)(/.*)?$");

    private final ApiTokenRepository tokens;
    private final MechaMentalApi api;
    private final ApiErrors errors;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenRepository tokens, MechaMentalApi api, ApiErrors errors) {
        this.tokens = tokens;
        this.api = api;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> bearer = BearerTokens.from(request);
        if (bearer.isEmpty()) {
            errors.write(response, api.error(HttpStatus.UNAUTHORIZED, "Authentication required"));
            return;
        }
        Optional<ApiToken> token = tokens.findById(bearer.get());
        if (token.isEmpty()) {
            errors.write(response, api.error(HttpStatus.UNAUTHORIZED, "Invalid or unknown API token"));
            return;
        }
        MechaMentalCaller caller = new MechaMentalCaller(token.get().getActor(), token.get().getOrgIds());
        // decoded as Spring MVC decodes the {org_id} path variable, so both see the same org
        Matcher org = ORG.matcher(ApiErrors.pathOf(request));
        if (org.matches() && !caller.mayAccess(UriUtils.decode(org.group(1), StandardCharsets.UTF_8))) {
            errors.write(response, api.error(HttpStatus.FORBIDDEN, "You don't have permission to perform this action",
                    Map.of("required_permission", "org:" + requiredAction(request))));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            contexts.clearContext();
        }
    }

    private static String requiredAction(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> "read";
            default -> "write";
        };
    }
}
