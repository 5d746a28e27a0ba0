package io.apiemulator.onna.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import io.apiemulator.kernel.persistence.StorageProperties;

/**
 * The RSA key that signs Onna access tokens. With persistence on it is kept in the data directory, so
 * tokens issued before a restart stay valid after it.
 */
final class SigningKeys {

    private SigningKeys() {
    }

    static JWKSet load(StorageProperties storage) {
        if (!storage.persistent()) {
            return new JWKSet(generate());
        }
        Path file = storage.dataDir().resolve("keys").resolve("onna-jwk.json");
        try {
            if (Files.exists(file)) {
                return new JWKSet(RSAKey.parse(Files.readString(file)));
            }
            RSAKey key = generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString());
            return new JWKSet(key);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        }
        catch (ParseException e) {
            throw new IllegalStateException("Signing key file " + file + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
