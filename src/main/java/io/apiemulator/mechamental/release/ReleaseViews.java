package io.apiemulator.mechamental.release;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.apiemulator.mechamental.app.AppRef;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON bodies of the releases endpoints, field for field as the seed shows them. */
public final class ReleaseViews {

    /** UTC with microseconds, as the vendor's Python backend writes them, plus an explicit {@code Z}. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ReleaseViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Summary(String releaseId, String appId, String workspaceId, String orgId, String releaseTag,
            long releaseNumber, String status, String description, int endpointCount, int augmentationCount,
            String activatedAt, String activatedBy, String createdAt, String createdBy) {

        static Summary of(AppRef app, Release r) {
            return new Summary(r.getId(), app.appId(), app.workspaceId(), app.orgId(), r.getReleaseTag(),
                    r.getReleaseNumber(), r.getStatus().json(), r.getDescription(), 0, 0, time(r.getActivatedAt()),
                    r.getActivatedBy(), time(r.getCreatedAt()), r.getCreatedBy());
        }
    }

    /** A release with its content; the emulator keeps no endpoints or augmentations, so those lists are empty. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Detail(@JsonUnwrapped Summary summary, List<Object> endpoints, List<Object> augmentations,
            String changeLog, String previousReleaseId) {

        static Detail of(AppRef app, Release r) {
            return new Detail(Summary.of(app, r), List.of(), List.of(), r.getChangeLog(), r.getPreviousReleaseId());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Page(long total, boolean hasMore, String nextCursor, List<Summary> releases, String activeReleaseId) {
    }

    /** Answer of activate and rollback: the release now active and the one it replaced (null if none). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Activation(String message, Summary release, String previousActiveReleaseId) {
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
