package io.apiemulator.mechamental.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.apiemulator.kernel.error.Violation;
import io.apiemulator.mechamental.MechaMentalException;

/** Body of {@code POST .../releases}: {@code release_tag} required, the rest optional; unknown fields ignored. */
public record NewRelease(@JsonProperty("release_tag") String releaseTag, String description,
        @JsonProperty("change_log") String changeLog) {

    static final int MAX_TAG = 128;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_CHANGE_LOG = 10000;

    /** Checks the body as pydantic would (with a blank tag refused too); 422 listing every problem. */
    public NewRelease validated() {
        List<Violation> problems = new ArrayList<>();
        if (releaseTag == null) {
            problems.add(Violation.missing("body", "release_tag"));
        }
        else if (releaseTag.isBlank()) {
            problems.add(new Violation(List.of("body", "release_tag"), "String should have at least 1 character",
                    "string_too_short", releaseTag, Map.of("min_length", 1)));
        }
        checkLength("release_tag", releaseTag, MAX_TAG, problems);
        checkLength("description", description, MAX_DESCRIPTION, problems);
        checkLength("change_log", changeLog, MAX_CHANGE_LOG, problems);
        if (!problems.isEmpty()) {
            throw MechaMentalException.invalid(problems);
        }
        return this;
    }

    private static void checkLength(String field, String value, int max, List<Violation> problems) {
        if (value != null && value.length() > max) {
            problems.add(new Violation(List.of("body", field), "String should have at most " + max + " characters",
                    "string_too_long", value, Map.of("max_length", max)));
        }
    }
}
