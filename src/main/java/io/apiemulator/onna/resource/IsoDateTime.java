package io.apiemulator.onna.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO 8601 date-time ({@code 2024-05-01T10:00:00Z}, offset optional, {@code T} or a space), kept as the
 * client wrote it so that a read returns it unchanged. Null is valid (the fields are optional).
 */
@Documented
@Constraint(validatedBy = IsoDateTime.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface IsoDateTime {

    String message() default "Input should be a valid datetime";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDateTime, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                DateTimeFormatter.ISO_DATE_TIME.parse(value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T"));
                return true;
            }
            catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
