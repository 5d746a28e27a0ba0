package io.apiemulator.onna;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Onna's domain errors; framework errors on Onna paths are rendered through {@link OnnaApi} by the kernel. */
@RestControllerAdvice(basePackages = "io.apiemulator.onna")
@Order(Ordered.HIGHEST_PRECEDENCE)
class OnnaErrorAdvice {

    private final OnnaApi api;

    OnnaErrorAdvice(OnnaApi api) {
        this.api = api;
    }

    @ExceptionHandler(OnnaException.class)
    ResponseEntity<Object> onnaError(OnnaException e) {
        return api.error(e.status(), e.getMessage());
    }
}
