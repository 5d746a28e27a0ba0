package io.apiemulator.onna.upload;

import io.apiemulator.onna.OnnaApi;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** TUS errors in Onna's JSON:API envelope, with the headers the protocol requires (e.g. Tus-Version on 412). */
@RestControllerAdvice(assignableTypes = TusController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TusErrorAdvice {

    private final OnnaApi api;

    TusErrorAdvice(OnnaApi api) {
        this.api = api;
    }

    @ExceptionHandler(TusException.class)
    ResponseEntity<Object> tusError(TusException e) {
        ResponseEntity<Object> error = api.error(e.status(), e.getMessage());
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).headers(e.headers())
                .body(error.getBody());
    }
}
