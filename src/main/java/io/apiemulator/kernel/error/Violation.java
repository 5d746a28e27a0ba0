package io.apiemulator.kernel.error;

import java.util.List;
import java.util.Map;

/**
 * One reason a request's input was refused, family-neutral: where ({@code loc}, FastAPI style, e.g.
 * {@code ["body","tags",3]}), a message, a machine type, the offending input (may be null) and, as pydantic
 * words it, the violated limit ({@code ctx}, e.g. {@code {"max_length":128}}; null when there is none).
 */
public record Violation(List<Object> loc, String msg, String type, Object input, Map<String, Object> ctx) {

    public Violation(List<Object> loc, String msg, String type, Object input) {
        this(loc, msg, type, input, null);
    }

    public static Violation missing(String where, String field) {
        return new Violation(List.of(where, field), "Field required", "missing", null);
    }

    /** Dotted or indexed location as one string, for envelopes that carry a single description. */
    public String locationText() {
        StringBuilder text = new StringBuilder();
        for (Object part : loc.subList(Math.min(1, loc.size()), loc.size())) {
            if (part instanceof Integer index) {
                text.append('[').append(index).append(']');
            }
            else {
                text.append(text.isEmpty() ? "" : ".").append(part);
            }
        }
        return text.toString();
    }
}
