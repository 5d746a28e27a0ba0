package io.apiemulator.nuon;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

import io.apiemulator.kernel.id.Ids;

/**
 * Nuon ids: a 3-letter prefix and 23 characters of [0-9a-z]. New resources get random ids from {@link Ids};
 * objects that only exist as part of another one (a build's log stream, a component's config) get an id
 * derived from their owner's, so they read the same on every request without being stored.
 */
public final class NuonIds {

    public static final Pattern FORMAT = Pattern.compile("^[a-z]{3}[0-9a-z]{23}$");
    private static final int LENGTH = 23;

    private NuonIds() {
    }

    public static String random(String prefix) {
        return Ids.random(prefix, LENGTH, Ids.BASE36);
    }

    public static String derived(String prefix, String... owners) {
        String digits = new BigInteger(1, sha256(String.join("/", owners) + "#" + prefix)).toString(36);
        return prefix + (digits + "0".repeat(LENGTH)).substring(0, LENGTH);
    }

    /** A hex digest, for checksums and commit-like values derived from stored data. */
    public static String hex(String source) {
        return String.format("%064x", new BigInteger(1, sha256(source)));
    }

    private static byte[] sha256(String source) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
