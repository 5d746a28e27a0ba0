package io.apiemulator.nuon;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Nuon's domain errors; framework errors on Nuon paths reach {@link NuonApi} through the kernel. */
@RestControllerAdvice(basePackages = "io.apiemulator.nuon")
@Order(Ordered.HIGHEST_PRECEDENCE)
class NuonErrorAdvice {

    private final NuonApi api;

    NuonErrorAdvice(NuonApi api) {
        this.api = api;
    }

    @ExceptionHandler(NuonException.class)
    ResponseEntity<Object> nuonError(NuonException e) {
        return api.error(e.status(), e.getMessage(), e.description());
    }
}
