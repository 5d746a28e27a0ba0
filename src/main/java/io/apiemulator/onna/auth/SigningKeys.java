package io.apiemulator.onna.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import io.apiemulator.kernel.persistence.StorageProperties;

/**
 * The RSA key that signs Onna access tokens. With persistence on it is kept in the data directory, so
 * tokens issued before a restart stay valid after it, and instances sharing the data directory (the postgres
 * deployment) accept each other's tokens.
 */
final class SigningKeys {

    private SigningKeys() {
    }

    /**
     * The key, loaded or generated on a background thread from now on: generating a 2048-bit RSA key takes
     * long enough to show in start-up time, and nothing needs it before the first token request.
     */
    static JWKSource<SecurityContext> source(StorageProperties storage) {
        CompletableFuture<JWKSet> keys = CompletableFuture.supplyAsync(() -> load(storage));
        return new JWKSource<>() {
            @Override
            public List<JWK> get(JWKSelector selector, SecurityContext context) {
                try {
                    return selector.select(keys.join());
                }
                catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        };
    }

    static JWKSet load(StorageProperties storage) {
        if (!storage.persistent()) {
            return new JWKSet(generate());
        }
        Path file = storage.dataDir().resolve("keys").resolve("onna-jwk.json");
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            return new JWKSet(createOrAdopt(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        }
    }

    /**
     * Publishes a new key at {@code file} unless another instance got there first, in which case that key is
     * used: the key is written to a private temporary file and hard-linked into place, which fails atomically
     * when the file exists, so no instance ever reads a half-written key or replaces one already in use.
     */
    private static RSAKey createOrAdopt(Path file) throws IOException {
        RSAKey key = generate();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "onna-jwk", ".tmp");
        try {
            Files.writeString(temporary, key.toJSONString());
            try {
                Files.createLink(file, temporary);
            }
            catch (UnsupportedOperationException noHardLinks) {
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return key;
        }
        catch (FileAlreadyExistsException anotherInstanceWon) {
            return (RSAKey) read(file).getKeys().get(0);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static JWKSet read(Path file) throws IOException {
        try {
            return new JWKSet(RSAKey.parse(Files.readString(file)));
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
