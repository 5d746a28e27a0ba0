package io.apiemulator.onna;

import io.apiemulator.kernel.error.ApiException;

import org.springframework.http.HttpStatus;

/** Onna's factories for {@link ApiException}, rendered in the JSON:API envelope by {@link OnnaApi}. */
public class OnnaException extends ApiException {

    public OnnaException(HttpStatus status, String message) {
        super(status, message);
    }

    public static OnnaException notFound(String what, String id) {
        return new OnnaException(HttpStatus.NOT_FOUND, what + " " + id + " not found");
    }
}
