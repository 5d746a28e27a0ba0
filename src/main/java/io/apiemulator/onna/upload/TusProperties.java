package io.apiemulator.onna.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code emulator.onna.tus.*}: the largest upload accepted, which success statuses to answer with, how long an
 * unfinished upload is kept, and how long a PATCH may hold an upload before another request may take it over.
 */
@ConfigurationProperties("emulator.onna.tus")
public record TusProperties(DataSize maxSize, SuccessCodes successCodes, Duration expiry, Duration claimTimeout) {

    /**
     * Onna documents POST 200 and PATCH 200 where TUS 1.0.0 says 201 and 204. The default is Onna's, because
     * the emulator stands in for Onna and the TUS clients (tus-java-client, tus-js-client) accept any 2xx;
     * {@code tus} is for clients written against the TUS specification's exact statuses.
     */
    public enum SuccessCodes {
        ONNA(200, 200), TUS(201, 204);

        private final int creation;
        private final int patch;

        SuccessCodes(int creation, int patch) {
            this.creation = creation;
            this.patch = patch;
        }

        int creation() {
            return creation;
        }

        int patch() {
            return patch;
        }
    }
}
