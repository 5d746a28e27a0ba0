package io.apiemulator.onna.upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code Upload-Metadata} header: comma-separated {@code key base64value} pairs, keys unique and free of
 * spaces and commas, values strictly Base64. Only a header that parses is stored, so echoing it back on HEAD
 * cannot smuggle anything into a response. An empty header (tuspy sends one when given no metadata) is no
 * metadata, as tusd takes it.
 */
record UploadMetadata(String header, Map<String, byte[]> values) {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x2b\\x2d-\\x7e]+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    static final UploadMetadata NONE = new UploadMetadata(null, Map.of());

    /** The width of the column that keeps the header. */
    static final int MAX_LENGTH = 8192;

    /** @throws IllegalArgumentException when the header breaks the TUS rules */
    static UploadMetadata parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Upload-Metadata is longer than " + MAX_LENGTH + " characters");
        }
        Map<String, byte[]> values = new LinkedHashMap<>();
        for (String pair : header.split(",", -1)) {
            String[] parts = pair.strip().split(" ", -1);
            if (parts.length > 2 || !KEY.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("Upload-Metadata pair '" + pair.strip() + "' is not 'key base64value'");
            }
            String value = parts.length == 2 ? parts[1] : "";
            if (!BASE64.matcher(value).matches() || value.length() % 4 != 0) {
                throw new IllegalArgumentException("Upload-Metadata value of '" + parts[0] + "' is not Base64");
            }
            if (values.put(parts[0], Base64.getDecoder().decode(value)) != null) {
                throw new IllegalArgumentException("Upload-Metadata key '" + parts[0] + "' appears twice");
            }
        }
        return new UploadMetadata(header.strip(), values);
    }

    /** The value of the first of {@code keys} present, as UTF-8 text, or {@code null}. */
    String text(String... keys) {
        for (String key : keys) {
            byte[] value = values.get(key);
            if (value != null && value.length > 0) {
                return new String(value, StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
