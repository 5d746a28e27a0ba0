package io.apiemulator.mechamental.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.apiemulator.kernel.error.Violation;
import io.apiemulator.kernel.page.KeysetCursor;
import io.apiemulator.mechamental.MechaMentalException;

/**
 * The list endpoint's query: {@code include_archived} (false), {@code limit} 1..200 (50) and the opaque
 * {@code cursor} of a previous page. Parsed by hand so bad values get pydantic's wording, not Spring's.
 */
record ListQuery(boolean includeArchived, int limit, Optional<KeysetCursor> after) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private static final Set<String> TRUE = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE = Set.of("0", "off", "f", "false", "n", "no");

    static ListQuery parse(String includeArchived, String limit, String cursor) {
        List<Violation> problems = new ArrayList<>();
        boolean archived = parseBoolean(includeArchived, problems);
        int size = parseLimit(limit, problems);
        Optional<KeysetCursor> after = Optional.empty();
        if (cursor != null && !cursor.isEmpty()) {
            after = KeysetCursor.parseOpaque(cursor);
            if (after.isEmpty()) {
                problems.add(new Violation(List.of("query", "cursor"), "Value error, invalid or expired cursor",
                        "value_error", cursor, null));
            }
        }
        if (!problems.isEmpty()) {
            throw MechaMentalException.invalid(problems);
        }
        return new ListQuery(archived, size, after);
    }

    private static boolean parseBoolean(String text, List<Violation> problems) {
        if (text == null) {
            return false;
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value) || FALSE.contains(value)) {
            return TRUE.contains(value);
        }
        problems.add(new Violation(List.of("query", "include_archived"),
                "Input should be a valid boolean, unable to interpret input", "bool_parsing", text, null));
        return false;
    }

    private static int parseLimit(String text, List<Violation> problems) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        List<Object> loc = List.of("query", "limit");
        int value;
        try {
            value = Integer.parseInt(text.trim());
        }
        catch (NumberFormatException e) {
            problems.add(new Violation(loc, "Input should be a valid integer, unable to parse string as an integer",
                    "int_parsing", text, null));
            return DEFAULT_LIMIT;
        }
        if (value < 1) {
            problems.add(new Violation(loc, "Input should be greater than or equal to 1", "greater_than_equal",
                    text, Map.of("ge", 1)));
        }
        else if (value > MAX_LIMIT) {
            problems.add(new Violation(loc, "Input should be less than or equal to " + MAX_LIMIT,
                    "less_than_equal", text, Map.of("le", MAX_LIMIT)));
        }
        return value;
    }
}
