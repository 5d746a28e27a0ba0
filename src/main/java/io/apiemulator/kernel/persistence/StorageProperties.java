package io.apiemulator.kernel.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the server keeps what it keeps: {@code dataDir} holds the file-backed database (when persistence
 * is on), upload bytes and signing keys.
 */
@ConfigurationProperties("emulator")
public record StorageProperties(Path dataDir, Persistence persistence) {

    public StorageProperties {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public boolean persistent() {
        return persistence.enabled();
    }

    public record Persistence(boolean enabled) {
    }
}
