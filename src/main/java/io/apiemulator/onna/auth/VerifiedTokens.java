package io.apiemulator.onna.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Access tokens to callers. Remembers tokens whose signature has been verified, by their exact text, so a
 * client that sends the same token on every call pays for decoding it (base64, JSON, the signature check) once;
 * the expiry is still checked on every call. Under wrk, decoding was the largest single cost of an authenticated
 * GET. Nothing here reads the database: the token's claims say everything a caller is.
 */
final class VerifiedTokens {

    private record Verified(Jwt jwt, OnnaCaller caller) {
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(10_000).build();

    private final JwtDecoder decoder;

    private final OAuth2TokenValidator<Jwt> expiry;

    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> expiry) {
        this.decoder = decoder;
        this.expiry = expiry;
    }

    /** The caller the token names; a {@code JwtException} when it is not one of ours or has expired. */
    OnnaCaller caller(String token) {
        Verified known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = decoder.decode(token);
            known = new Verified(jwt, TokenClaims.caller(jwt));
            verified.put(token, known);
            return known.caller();
        }
        OAuth2TokenValidatorResult result = expiry.validate(known.jwt());
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The access token has expired", result.getErrors());
        }
        return known.caller();
    }
}
