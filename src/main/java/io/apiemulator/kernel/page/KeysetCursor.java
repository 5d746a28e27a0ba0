package io.apiemulator.kernel.page;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Position after the last row of a page ordered by (createdAt, id): keyset pagination, so page 1,000
 * costs what page 1 does. {@link #plain()} is Onna's documented {@code timestamp//id} form;
 * {@link #opaque()} is the same text in URL-safe base64 for APIs whose cursors are opaque tokens.
 */
public record KeysetCursor(Instant createdAt, String id) {

    private static final String SEPARATOR = "//";

    public String plain() {
        return createdAt + SEPARATOR + id;
    }

    public String opaque() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain().getBytes(StandardCharsets.UTF_8));
    }

    /** Parses {@link #plain()}; empty when the text is not a cursor this server issued. */
    public static Optional<KeysetCursor> parsePlain(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int at = text.indexOf(SEPARATOR);
        if (at <= 0 || at + SEPARATOR.length() >= text.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KeysetCursor(Instant.parse(text.substring(0, at)), text.substring(at + SEPARATOR.length())));
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Parses {@link #opaque()}; empty when the text is not a cursor this server issued. */
    public static Optional<KeysetCursor> parseOpaque(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return parsePlain(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
