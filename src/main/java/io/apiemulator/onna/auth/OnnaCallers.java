package io.apiemulator.onna.auth;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.kernel.error.ApiFamilies;
import io.apiemulator.kernel.security.CallerLookup;
import io.apiemulator.onna.OnnaException;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Onna's resource side: a version it does not serve (e.g. {@code /v9/workspaces}) is a 400, {@code /v1/health}
 * is public (a stale token sent along, as the seed's curl does, must not fail it), and every other path needs an
 * access token this emulator issued and that has not expired.
 */
final class OnnaCallers extends CallerLookup {

    static final String HEALTH_PATH = "/v1/health";

    private final VerifiedTokens tokens;

    /** @param expiry checked on every call, also for a token whose signature was verified before */
    OnnaCallers(JwtDecoder decoder, OAuth2TokenValidator<Jwt> expiry) {
        super("onna", OnnaCaller.class);
        this.tokens = new VerifiedTokens(decoder, expiry);
    }

    @Override
    public OnnaCaller caller(HttpServletRequest request, String token) {
        String path = ApiFamilies.pathOf(request);
        if (!path.startsWith("/v1/")) {
            throw new OnnaException(HttpStatus.BAD_REQUEST,
                    "API version " + path.substring(1, path.indexOf('/', 1)) + " is not supported");
        }
        if (TokenRequestFilter.TOKEN_PATH.equals(path)) {
            // a POST is the token chain's; any other method lands here
            throw new OnnaException(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed");
        }
        if (HEALTH_PATH.equals(path)) {
            return null;
        }
        if (token == null) {
            throw unauthorized();
        }
        try {
            return tokens.caller(token);
        }
        catch (JwtException e) {
            throw unauthorized();
        }
    }

    private static OnnaException unauthorized() {
        return new OnnaException(HttpStatus.UNAUTHORIZED, "Missing, invalid or expired access token");
    }
}
