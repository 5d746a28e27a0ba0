package io.apiemulator.admin;

import io.apiemulator.kernel.state.InvalidSeedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(basePackages = "io.apiemulator.admin")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrorAdvice {

    private final AdminApi api;

    AdminErrorAdvice(AdminApi api) {
        this.api = api;
    }

    @ExceptionHandler(AdminException.class)
    ResponseEntity<Object> admin(AdminException e) {
        return api.error(e.status(), e.getMessage());
    }

    @ExceptionHandler(InvalidSeedException.class)
    ResponseEntity<Object> invalidSeed(InvalidSeedException e) {
        return api.error(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
