package io.apiemulator.onna.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** The checksum extension's {@code Upload-Checksum: <algorithm> <base64 digest>} for one request body. */
record UploadChecksum(String algorithm, byte[] expected) {

    /** TUS algorithm names (lowercase, as the protocol requires) to JCA names; {@code sha1} is mandatory. */
    static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "md5", "MD5", "sha256", "SHA-256");

    /** The value of {@code Tus-Checksum-Algorithm}. */
    static final String ADVERTISED = "sha1,md5,sha256";

    /** @return {@code null} without a header; @throws IllegalArgumentException when unsupported or malformed */
    static UploadChecksum parse(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.strip().split(" ", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Upload-Checksum must be '<algorithm> <base64 digest>'");
        }
        if (!ALGORITHMS.containsKey(parts[0])) {
            throw new IllegalArgumentException("Checksum algorithm '" + parts[0] + "' is not supported; use one of "
                    + ADVERTISED);
        }
        try {
            return new UploadChecksum(parts[0], Base64.getDecoder().decode(parts[1]));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Upload-Checksum digest is not Base64");
        }
    }

    MessageDigest newDigest() {
        return digest(algorithm);
    }

    /** A fresh digest for a TUS algorithm name. */
    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(algorithm));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    boolean matches(MessageDigest digest) {
        return MessageDigest.isEqual(expected, digest.digest());
    }
}
