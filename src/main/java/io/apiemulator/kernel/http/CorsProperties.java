package io.apiemulator.kernel.http;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.cors.*}: the browser origins that may call the emulator, as origin patterns
 * ({@code https://app.example.com}, {@code http://localhost:*}, or {@code *} for any). The default is any origin:
 * the emulator is a local development backend, and browser front-ends on their own dev servers must reach it.
 * An empty list turns CORS off: no CORS headers at all, so browsers block cross-origin calls.
 */
@ConfigurationProperties("emulator.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of("*") : List.copyOf(allowedOrigins);
    }
}
