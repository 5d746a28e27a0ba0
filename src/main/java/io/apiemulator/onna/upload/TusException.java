package io.apiemulator.onna.upload;

import io.apiemulator.kernel.error.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A TUS protocol error: its status (460 is not an {@link HttpStatus}), message and any headers it must carry.
 * The factory methods are the upload endpoint's whole error table; the kernel renders them in Onna's envelope.
 */
class TusException extends ApiException {

    private TusException(HttpStatusCode status, String message) {
        super(status, message);
    }

    /** 400: a header breaks the protocol's rules, or a body broke off before its checksum could be verified. */
    static TusException badRequest(String message) {
        return new TusException(HttpStatus.BAD_REQUEST, message);
    }

    /** 404: no such resource in the caller's account (another account's looks the same, on purpose). */
    static TusException resourceNotFound(String resourceId) {
        return new TusException(HttpStatus.NOT_FOUND, "Resource " + resourceId + " not found");
    }

    /** 404: the resource has no upload (never created, terminated or expired). */
    static TusException notFound(String resourceId) {
        return new TusException(HttpStatus.NOT_FOUND, "Upload " + resourceId + " not found");
    }

    /** 405: a method (or override) the endpoint does not serve. */
    static TusException methodNotAllowed(String method) {
        return new TusException(HttpStatus.METHOD_NOT_ALLOWED, "Method " + method + " is not allowed here");
    }

    /** 409 with the upload's offset, so that the client can resume from it. */
    static TusException offsetMismatch(long sent, long actual) {
        return new TusException(HttpStatus.CONFLICT,
                "Upload-Offset " + sent + " does not match the upload's offset " + actual)
                .with(Tus.UPLOAD_OFFSET, String.valueOf(actual));
    }

    /** 412 with Tus-Version: the protocol says not to process a request of another version. */
    static TusException unsupportedVersion(String sent) {
        return new TusException(HttpStatus.PRECONDITION_FAILED,
                "Tus-Resumable must be " + Tus.VERSION + ", got " + sent)
                .with(Tus.TUS_VERSION, Tus.VERSION);
    }

    /** 413: the upload or the body goes past Upload-Length or Tus-Max-Size. */
    static TusException tooLarge(String message) {
        return new TusException(HttpStatus.CONTENT_TOO_LARGE, message);
    }

    /** 415: a PATCH body must be application/offset+octet-stream. */
    static TusException notOffsetOctetStream() {
        return new TusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "PATCH requires Content-Type: " + Tus.OFFSET_OCTET_STREAM);
    }

    /** 423: another request holds the upload. */
    static TusException locked(String resourceId) {
        return new TusException(HttpStatus.LOCKED, "Upload " + resourceId + " is being written by another request");
    }

    /** 423: this request stalled past the claim timeout and another one took the upload over. */
    static TusException takenOver(String resourceId) {
        return new TusException(HttpStatus.LOCKED,
                "Upload " + resourceId + " was taken over by another request after this one stalled");
    }

    /** 460 Checksum Mismatch (checksum extension): the chunk is discarded. */
    static TusException checksumMismatch(String algorithm) {
        return new TusException(HttpStatusCode.valueOf(460),
                "The " + algorithm + " checksum of the request body does not match Upload-Checksum");
    }

    /** 501, as tusd answers a feature it lacks: the request uses an extension that Tus-Extension does not list. */
    static TusException extensionNotSupported(String header, String extension) {
        return new TusException(HttpStatus.NOT_IMPLEMENTED, header + " belongs to the " + extension
                + " extension, which this server does not support (Tus-Extension: " + Tus.EXTENSIONS + ")");
    }

    private TusException with(String name, String value) {
        header(name, value);
        return this;
    }
}
