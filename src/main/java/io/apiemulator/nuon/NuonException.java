package io.apiemulator.nuon;

import io.apiemulator.kernel.error.ApiException;

import org.springframework.http.HttpStatus;

/** Nuon's factories for {@link ApiException}: the short {@code error} text and a longer {@code description}. */
public class NuonException extends ApiException {

    public NuonException(HttpStatus status, String error, String description) {
        super(status, error, description);
    }

    public static NuonException invalid(String description) {
        return new NuonException(HttpStatus.BAD_REQUEST, NuonApi.INVALID_REQUEST, description);
    }

    public static NuonException notFound(String what, String id) {
        return new NuonException(HttpStatus.NOT_FOUND, NuonApi.NOT_FOUND, what + " " + id + " not found");
    }

    public static NuonException conflict(String error, String description) {
        return new NuonException(HttpStatus.CONFLICT, error, description);
    }
}
