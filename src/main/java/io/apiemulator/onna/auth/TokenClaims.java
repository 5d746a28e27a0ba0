package io.apiemulator.onna.auth;

import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What an access token says about its caller: the client's account and user, copied from the client row
 * (read once, when the token is issued) into the token's claims, so no request made with the token reads the
 * client again. A token keeps the tenancy it was issued with until it expires.
 */
final class TokenClaims {

    static final String ACCOUNT = "account_id";
    static final String USER = "user_id";
    static final String NAME = "name";
    static final String SURNAME = "surname";

    private static final List<String> CLAIMS = List.of(ACCOUNT, USER, NAME, SURNAME);

    /** Client settings carry the facts from the client row to the token customizer. */
    private static final String SETTING_PREFIX = "onna.";

    private TokenClaims() {
    }

    static ClientSettings settings(OnnaClient client) {
        ClientSettings.Builder settings = ClientSettings.builder()
                .setting(SETTING_PREFIX + ACCOUNT, client.getAccountId())
                .setting(SETTING_PREFIX + USER, client.getUserId())
                .setting(SETTING_PREFIX + NAME, client.getName());
        if (client.getSurname() != null) {
            settings.setting(SETTING_PREFIX + SURNAME, client.getSurname());
        }
        return settings.build();
    }

    static OAuth2TokenCustomizer<JwtEncodingContext> customizer() {
        return context -> {
            Map<String, Object> settings = context.getRegisteredClient().getClientSettings().getSettings();
            for (String claim : CLAIMS) {
                Object value = settings.get(SETTING_PREFIX + claim);
                if (value != null) {
                    context.getClaims().claim(claim, value);
                }
            }
        };
    }

    static OnnaCaller caller(Jwt jwt) {
        return new OnnaCaller(jwt.getClaimAsString(ACCOUNT), jwt.getSubject(), jwt.getClaimAsString(USER),
                jwt.getClaimAsString(NAME), jwt.getClaimAsString(SURNAME));
    }
}
