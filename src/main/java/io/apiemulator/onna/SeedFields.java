package io.apiemulator.onna;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.apiemulator.kernel.state.InvalidSeedException;

/**
 * One object of the {@code onna} seed section, read strictly: only known fields, strings of bounded length,
 * lists where lists belong. {@code where} names the object in messages, e.g. {@code workspaces[0].folders[2]}.
 */
public record SeedFields(String where, Map<?, ?> item) {

    /** The objects listed under {@code key} (none when absent), each checked for unknown fields. */
    public static List<SeedFields> list(Map<?, ?> parent, String key, String where, Set<String> known) {
        Object value = parent.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new InvalidSeedException(where + " must be a list");
        }
        List<SeedFields> objects = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemWhere = where + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new InvalidSeedException(itemWhere + " must be an object");
            }
            for (Object field : item.keySet()) {
                if (!known.contains(String.valueOf(field))) {
                    throw new InvalidSeedException(itemWhere + ": unknown field '" + field + "'; known fields: "
                            + known.stream().sorted().toList());
                }
            }
            objects.add(new SeedFields(itemWhere, item));
        }
        return objects;
    }

    /** The objects listed under this object's {@code field}. */
    public List<SeedFields> list(String field, Set<String> known) {
        return list(item, field, where + "." + field, known);
    }

    public String required(String field, int maxLength) {
        String value = optional(field, maxLength);
        if (value == null || value.isBlank()) {
            throw new InvalidSeedException(where + "." + field + " is required");
        }
        return value;
    }

    public String optional(String field, int maxLength) {
        return text(item.get(field), where + "." + field, maxLength);
    }

    /** A list of strings; empty when absent. */
    public List<String> strings(String field, int maxItems, int maxLength) {
        Object value = item.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new InvalidSeedException(where + "." + field + " must be a list of strings");
        }
        if (items.size() > maxItems) {
            throw new InvalidSeedException(where + "." + field + " has more than " + maxItems + " items");
        }
        List<String> strings = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String text = text(items.get(i), where + "." + field + "[" + i + "]", maxLength);
            if (text == null) {
                throw new InvalidSeedException(where + "." + field + "[" + i + "] must be a string");
            }
            strings.add(text);
        }
        return strings;
    }

    private static String text(Object value, String where, int maxLength) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidSeedException(where + " must be a string");
        }
        if (text.length() > maxLength) {
            throw new InvalidSeedException(where + " is longer than " + maxLength + " characters");
        }
        return text;
    }
}
