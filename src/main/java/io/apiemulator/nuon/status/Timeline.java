package io.apiemulator.nuon.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statuses an object goes through, each with its start time, computed from stored facts (creation time,
 * step duration, whether it fails). Reading it at "now" gives the current status: no background worker needed.
 */
public final class Timeline {

    private final List<Phase> phases;

    private Timeline(List<Phase> phases) {
        this.phases = phases;
    }

    public static Builder startingAt(Instant start, String status, String description) {
        return new Builder().then(start, status, description);
    }

    /** The last phase entered at {@code now} (the first one if none has started yet). */
    public Phase at(Instant now) {
        Phase current = phases.get(0);
        for (Phase phase : phases) {
            if (!phase.since().isAfter(now)) {
                current = phase;
            }
        }
        return current;
    }

    /** When the timeline reaches {@code status}, or null when it never does. */
    public Instant reaches(String status) {
        return phases.stream().filter(p -> p.status().equals(status)).map(Phase::since).findFirst().orElse(null);
    }

    public Instant end() {
        return phases.get(phases.size() - 1).since();
    }

    /** Nuon's {@code app.CompositeStatus}: the current status with the earlier ones as history. */
    public Map<String, Object> compositeStatus(Instant now, String createdById) {
        Phase current = at(now);
        List<Object> history = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase == current) {
                break;
            }
            history.add(composite(phase, createdById, List.of()));
        }
        return composite(current, createdById, history);
    }

    private static Map<String, Object> composite(Phase phase, String createdById, List<Object> history) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("created_at_ts", phase.since().getEpochSecond());
        status.put("created_by_id", createdById);
        status.put("history", history);
        status.put("metadata", Map.of());
        status.put("status", phase.status());
        status.put("status_human_description", phase.description());
        return status;
    }

    public static final class Builder {

        private final List<Phase> phases = new ArrayList<>();

        public Builder then(Instant since, String status, String description) {
            phases.add(new Phase(status, description, since));
            return this;
        }

        public Timeline build() {
            return new Timeline(List.copyOf(phases));
        }
    }
}
