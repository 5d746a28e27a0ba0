package io.apiemulator.admin;

import org.springframework.http.HttpStatus;

/** A request to the admin API that cannot be honoured, answered with its status and message. */
public class AdminException extends RuntimeException {

    private final HttpStatus status;

    public AdminException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
