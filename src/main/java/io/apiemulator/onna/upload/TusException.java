package io.apiemulator.onna.upload;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** A TUS protocol error: its status (460 is not an {@link HttpStatus}), message and any headers it must carry. */
class TusException extends RuntimeException {

    static final HttpStatusCode CHECKSUM_MISMATCH = HttpStatusCode.valueOf(460);

    private final HttpStatusCode status;
    private final HttpHeaders headers = new HttpHeaders();

    TusException(HttpStatusCode status, String message) {
        super(message);
        this.status = status;
    }

    static TusException badRequest(String message) {
        return new TusException(HttpStatus.BAD_REQUEST, message);
    }

    static TusException notFound(String resourceId) {
        return new TusException(HttpStatus.NOT_FOUND, "Upload " + resourceId + " not found");
    }

    static TusException locked(String resourceId) {
        return new TusException(HttpStatus.LOCKED, "Upload " + resourceId + " is being written by another request");
    }

    static TusException tooLarge(String message) {
        return new TusException(HttpStatus.CONTENT_TOO_LARGE, message);
    }

    TusException header(String name, String value) {
        headers.set(name, value);
        return this;
    }

    HttpStatusCode status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }
}
