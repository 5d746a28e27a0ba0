package io.apiemulator.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.admin.token}: when set, the admin API wants {@code Authorization: Bearer <token>};
 * {@code emulator.admin.journal-size}: how many requests the journal keeps (oldest dropped first).
 */
@ConfigurationProperties("emulator.admin")
public record AdminProperties(String token, int journalSize) {

    public AdminProperties {
        if (journalSize < 0) {
            throw new IllegalArgumentException("emulator.admin.journal-size must not be negative");
        }
    }

    public boolean tokenRequired() {
        return token != null && !token.isEmpty();
    }
}
