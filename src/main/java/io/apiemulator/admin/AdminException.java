package io.apiemulator.admin;

import io.apiemulator.kernel.error.ApiException;

import org.springframework.http.HttpStatus;

/** A request to the admin API that cannot be honoured, answered with its status and message. */
public class AdminException extends ApiException {

    public AdminException(HttpStatus status, String message) {
        super(status, message);
    }
}
