package io.apiemulator.kernel.state;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds a seed section's parsed value to its record strictly (unknown keys and non-string scalars where strings
 * belong are refused) and validates it; every error names the place, e.g.
 * {@code workspaces[0].folders[1].name is required}, relative to the section.
 */
final class SeedBinder {

    /** How documents name record components; error messages name them the same way. */
    private static final PropertyNamingStrategy NAMING = PropertyNamingStrategies.SNAKE_CASE;

    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(NAMING)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private final Validator validator;

    SeedBinder(Validator validator) {
        this.validator = validator;
    }

    <T> T bind(SeedSection<T> section, Object value) {
        T bound;
        try {
            bound = json.convertValue(value, section.type());
        }
        catch (JacksonException e) {
            throw new InvalidSeedException(describe(section, e));
        }
        validate(bound);
        return bound;
    }

    /** Throws {@link InvalidSeedException} naming the first broken constraint, in the document's order. */
    <T> void validate(T section) {
        validator.validate(section).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> order(section.getClass(), v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .ifPresent(v -> {
                    throw new InvalidSeedException(place(v.getPropertyPath()) + " " + v.getMessage());
                });
    }

    private static String describe(SeedSection<?> section, JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        String place = place(path);
        if (e instanceof UnrecognizedPropertyException unknown) {
            boolean last = !path.isEmpty() && unknown.getPropertyName().equals(path.get(path.size() - 1).getPropertyName());
            String parent = place(last ? path.subList(0, path.size() - 1) : path);
            String field = parent.isEmpty() ? unknown.getPropertyName() : parent + "." + unknown.getPropertyName();
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
            return (parent.isEmpty() ? "" : parent + ": ") + "unknown field '" + unknown.getPropertyName() + "' ("
                    + section.name() + "." + field + "); known fields: " + known;
        }
        if (e instanceof DatabindException && !path.isEmpty()) {
            return place + " must be " + expected(section.type(), path);
        }
        return "cannot be read: " + e.getOriginalMessage();
    }

    /** {@code workspaces[0].folders[1].name}: Jackson's path in the document's own words. */
    private static String place(List<JacksonException.Reference> path) {
        StringBuilder place = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getIndex() >= 0) {
                place.append('[').append(step.getIndex()).append(']');
            }
            else {
                place.append(place.isEmpty() ? "" : ".").append(step.getPropertyName());
            }
        }
        return place.toString();
    }

    /** The same for a constraint violation, whose path has the records' Java names. */
    private static String place(Path path) {
        StringBuilder place = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                place.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                place.append(place.isEmpty() ? "" : ".").append(snakeCase(node.getName()));
            }
        }
        return place.toString();
    }

    /** Where a violation's place comes in the document: list indexes and record components in declared order. */
    private static String order(Type root, Path path) {
        StringBuilder order = new StringBuilder();
        Type type = root;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                type = elementType(type);
                order.append(String.format("%08d", node.getIndex() == null ? 0 : node.getIndex()));
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                Class<?> raw = raw(type);
                RecordComponent[] components = raw != null && raw.isRecord() ? raw.getRecordComponents()
                        : new RecordComponent[0];
                int ordinal = 0;
                while (ordinal < components.length && !components[ordinal].getName().equals(node.getName())) {
                    ordinal++;
                }
                type = ordinal < components.length ? components[ordinal].getGenericType() : null;
                order.append(String.format("%04d", ordinal));
            }
        }
        return order.toString();
    }

    /** What belongs at {@code path}, found by walking the record types the way Jackson walked the document. */
    private static String expected(Type root, List<JacksonException.Reference> path) {
        Type type = root;
        for (JacksonException.Reference step : path) {
            type = step.getIndex() >= 0 ? elementType(type) : componentType(type, step.getPropertyName());
            if (type == null) {
                return "something else";
            }
        }
        if (type == String.class) {
            return "a string";
        }
        if (type instanceof ParameterizedType list && Collection.class.isAssignableFrom(raw(list))) {
            return elementType(list) == String.class ? "a list of strings" : "a list";
        }
        return "an object";
    }

    private static Type elementType(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }

    private static Type componentType(Type type, String jsonName) {
        Class<?> raw = raw(type);
        if (raw == null || !raw.isRecord()) {
            return null;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (Objects.equals(snakeCase(component.getName()), jsonName)) {
                return component.getGenericType();
            }
        }
        return null;
    }

    /** {@code clientId} to {@code client_id}: the mapper's own naming. */
    private static String snakeCase(String javaName) {
        return NAMING.nameForField(null, null, javaName);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }
}
