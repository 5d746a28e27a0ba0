package io.apiemulator.nuon;

import org.springframework.http.HttpStatus;

/** A Nuon API error: status, the short {@code error} text and a longer {@code description}. */
public class NuonException extends RuntimeException {

    private final HttpStatus status;
    private final String description;

    public NuonException(HttpStatus status, String error, String description) {
        super(error);
        this.status = status;
        this.description = description;
    }

    public HttpStatus status() {
        return status;
    }

    public String description() {
        return description;
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
