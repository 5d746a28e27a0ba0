package io.apiemulator.mechamental;

import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** MechaMental's domain errors; framework errors on its paths reach {@link MechaMentalApi} through the kernel. */
@RestControllerAdvice(basePackages = "io.apiemulator.mechamental")
@Order(Ordered.HIGHEST_PRECEDENCE)
class MechaMentalErrorAdvice {

    private final MechaMentalApi api;

    MechaMentalErrorAdvice(MechaMentalApi api) {
        this.api = api;
    }

    @ExceptionHandler(MechaMentalException.class)
    ResponseEntity<Object> apiError(MechaMentalException e) {
        return api.error(e.status(), e.getMessage(), e.details());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return api.invalid(e.problems());
    }

    /** A unique key hit despite the app lock (e.g. a row written outside the API): a conflict, not a crash. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> constraint() {
        return api.error(HttpStatus.CONFLICT, "The request conflicts with the current state of the app");
    }
}
