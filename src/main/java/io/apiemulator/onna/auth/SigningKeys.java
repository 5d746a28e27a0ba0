package io.apiemulator.onna.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import io.apiemulator.kernel.persistence.StorageProperties;

/**
 * The key that signs Onna access tokens: a 256-bit HMAC secret (HS256). Onna documents its tokens as opaque
 * strings and the emulator is both their issuer and their only verifier, so a shared secret does; it is made
 * in microseconds and signs and verifies in microseconds, where a 2048-bit RSA key took a second of CPU to make
 * at start-up on 2 cores and its signature was a fifth of a token request (ES256 was slower still on Java 17).
 * The JWK set endpoint publishes public keys only, so the secret never leaves the server. With persistence on
 * the key is kept in the data directory, so tokens issued before a restart stay valid after it, and instances
 * sharing the data directory (the postgres deployment) accept each other's tokens.
 */
final class SigningKeys {

    private SigningKeys() {
    }

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;

    static JWKSource<SecurityContext> source(StorageProperties storage) {
        return new ImmutableJWKSet<>(load(storage));
    }

    static JWKSet load(StorageProperties storage) {
        if (!storage.persistent()) {
            return new JWKSet(generate());
        }
        Path file = storage.dataDir().resolve("keys").resolve("onna-hs256-jwk.json");
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
    private static OctetSequenceKey createOrAdopt(Path file) throws IOException {
        OctetSequenceKey key = generate();
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
            return (OctetSequenceKey) read(file).getKeys().get(0);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static JWKSet read(Path file) throws IOException {
        try {
            return new JWKSet(OctetSequenceKey.parse(Files.readString(file)));
        }
        catch (ParseException e) {
            throw new IllegalStateException("Signing key file " + file + " is not a JWK", e);
        }
    }

    private static OctetSequenceKey generate() {
        try {
            return new OctetSequenceKeyGenerator(256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(ALGORITHM).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
