package io.apiemulator.kernel.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns Spring's and Jackson's complaints about a request body into {@link Violation}s. */
public final class Violations {

    private Violations() {
    }

    /**
     * FastAPI's 422 body {@code {"detail":[{loc,msg,type}]}}; with {@code pydantic2} each item also carries the
     * offending {@code input} and, when there is a limit to name, {@code ctx}, as pydantic 2 words them.
     */
    public static ResponseEntity<Object> fastApi(List<Violation> violations, boolean pydantic2) {
        List<Map<String, Object>> detail = violations.stream().map(v -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("loc", v.loc());
            item.put("msg", v.msg());
            item.put("type", v.type());
            if (pydantic2) {
                item.put("input", v.input());
                if (v.ctx() != null) {
                    item.put("ctx", v.ctx());
                }
            }
            return item;
        }).toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("detail", detail));
    }

    public static List<Violation> of(BindingResult result) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            violations.add(new Violation(location("body", error.getField()), error.getDefaultMessage(),
                    typeOf(error.getCode()), error.getRejectedValue()));
        }
        result.getGlobalErrors().forEach(e -> violations.add(
                new Violation(List.of("body"), e.getDefaultMessage(), typeOf(e.getCode()), null)));
        return violations;
    }

    public static List<Violation> of(Iterable<? extends ConstraintViolation<?>> constraintViolations) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : constraintViolations) {
            String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            violations.add(new Violation(location("body", v.getPropertyPath().toString()), v.getMessage(),
                    typeOf(annotation), v.getInvalidValue()));
        }
        return violations;
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    public static Violation of(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            List<Object> loc = new ArrayList<>();
            loc.add("body");
            for (JacksonException.Reference ref : mismatch.getPath()) {
                loc.add(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex());
            }
            String expected = mismatch.getTargetType() == null ? "value" : describe(mismatch.getTargetType());
            return new Violation(loc, "Input should be a valid " + expected, expected + "_type", null);
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            return new Violation(List.of("body"), "JSON decode error", "json_invalid", null);
        }
        return new Violation(List.of("body"), "Field required", "missing", null);
    }

    private static String describe(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "integer";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "datetime";
        }
        return "dictionary";
    }

    private static List<Object> location(String where, String propertyPath) {
        List<Object> loc = new ArrayList<>();
        loc.add(where);
        for (String part : propertyPath.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                if (!part.isEmpty()) {
                    loc.add(snakeCase(part));
                }
                continue;
            }
            loc.add(snakeCase(part.substring(0, bracket)));
            String index = part.substring(bracket + 1, part.indexOf(']', bracket));
            loc.add(index.chars().allMatch(Character::isDigit) && !index.isEmpty() ? Integer.valueOf(index) : index);
        }
        return loc;
    }

    /** Java property names are camelCase, the emulated APIs' JSON names snake_case: report the JSON name. */
    private static String snakeCase(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String typeOf(String constraint) {
        if (constraint == null) {
            return "value_error";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "missing";
            case "Size" -> "too_long";
            case "Pattern" -> "string_pattern_mismatch";
            case "Min", "Max", "Positive", "PositiveOrZero" -> "value_error.number";
            default -> "value_error";
        };
    }
}
