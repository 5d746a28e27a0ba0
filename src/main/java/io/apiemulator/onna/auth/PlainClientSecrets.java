package io.apiemulator.onna.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;

/**
 * Client secrets are configuration of an emulator, compared as they are. Spring's default encoder would
 * "upgrade" every plain secret to BCrypt on each token request, which costs ~80 ms per token for nothing.
 */
final class PlainClientSecrets implements PasswordEncoder {

    static void install(List<AuthenticationProvider> providers) {
        providers.stream().filter(ClientSecretAuthenticationProvider.class::isInstance)
                .map(ClientSecretAuthenticationProvider.class::cast)
                .forEach(provider -> provider.setPasswordEncoder(new PlainClientSecrets()));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return rawPassword.toString();
    }

    /**
     * The secret as sent, or form-decoded: a Basic header's secret arrives as the client wrote it
     * ({@link BasicClientCredentials}), form-encoded by clients that follow RFC 6749 and raw by many that don't.
     */
    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        String sent = rawPassword.toString();
        return encodedPassword != null && (same(sent, encodedPassword)
                || same(BasicClientCredentials.formDecoded(sent), encodedPassword));
    }

    private static boolean same(String sent, String secret) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return false;
    }
}
