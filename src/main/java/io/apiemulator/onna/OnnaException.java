package io.apiemulator.onna;

import org.springframework.http.HttpStatus;

/** An Onna API error with its HTTP status; rendered in the JSON:API envelope by {@link OnnaErrorAdvice}. */
public class OnnaException extends RuntimeException {

    private final HttpStatus status;

    public OnnaException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static OnnaException notFound(String what, String id) {
        return new OnnaException(HttpStatus.NOT_FOUND, what + " " + id + " not found");
    }
}
