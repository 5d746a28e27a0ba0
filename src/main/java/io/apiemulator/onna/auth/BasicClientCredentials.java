package io.apiemulator.onna.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.ClientSecretBasicAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * {@code Authorization: Basic} client credentials, taken as sent. RFC 6749 wants them form-encoded before
 * Basic, but common clients (authlib, requests' HTTPBasicAuth) send the raw secret, on which Spring's converter
 * fails ({@code %}: "Incomplete trailing escape") or decodes to another secret ({@code +} becomes a space). The
 * secret reaches {@link PlainClientSecrets} as sent, which accepts it raw or form-decoded.
 */
final class BasicClientCredentials implements AuthenticationConverter {

    private static final String SCHEME = "Basic ";

    /** Replaces Spring's converter for this one method; the others (client_secret_post) stay. */
    static void install(List<AuthenticationConverter> converters) {
        converters.replaceAll(c -> c instanceof ClientSecretBasicAuthenticationConverter ? new BasicClientCredentials() : c);
    }

    @Override
    public OAuth2ClientAuthenticationToken convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
        }
        int colon = credentials.indexOf(':');
        if (colon <= 0 || colon == credentials.length() - 1) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
        }
        return new OAuth2ClientAuthenticationToken(formDecoded(credentials.substring(0, colon)),
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, credentials.substring(colon + 1), null);
    }

    /** The form-decoded value, or the value itself when it is not form-encoded (a stray {@code %}). */
    static String formDecoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }
}
