package io.apiemulator.onna.upload;

import io.apiemulator.kernel.error.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** TUS's factories for {@link ApiException}, in Onna's envelope; 460 is not an {@link HttpStatus}. */
class TusException extends ApiException {

    static final HttpStatusCode CHECKSUM_MISMATCH = HttpStatusCode.valueOf(460);

    TusException(HttpStatusCode status, String message) {
        super(status, message);
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
}
