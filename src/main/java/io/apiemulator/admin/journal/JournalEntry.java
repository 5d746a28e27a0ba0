package io.apiemulator.admin.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One request as the journal keeps it, secrets already redacted. {@code status} is 0 when a fault dropped the
 * connection; {@code fault} names the injected fault, if any.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JournalEntry(long id, Instant time, String method, String path, String query, int status,
        String family, Map<String, List<String>> headers, long bodySize, double durationMs, String fault) {
}
