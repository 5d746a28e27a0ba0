package io.apiemulator.kernel.error;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * Every error the emulator answers on purpose: a status (also outside {@code HttpStatus}, such as TUS's 460),
 * a message, family-specific {@code details} (Nuon's description, MechaMental's details object), headers the
 * response must carry, and, for input that failed validation, the {@link Violation}s. {@link ErrorAdvice}
 * renders it in the envelope of the family that owns the request's path. Families subclass it only to keep
 * their own factory methods ({@code NuonException.notFound(...)}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatusCode status;
    private final transient Object details;
    private final transient List<Violation> violations;
    private final HttpHeaders headers = new HttpHeaders();

    public ApiException(HttpStatusCode status, String message) {
        this(status, message, null);
    }

    public ApiException(HttpStatusCode status, String message, Object details) {
        this(status, message, details, List.of());
    }

    /** Input that failed validation, answered as the family answers a request it cannot bind. */
    public ApiException(List<Violation> violations) {
        this(HttpStatusCode.valueOf(422), violations.isEmpty() ? "invalid input" : violations.get(0).msg(), null,
                violations);
    }

    private ApiException(HttpStatusCode status, String message, Object details, List<Violation> violations) {
        // an answer to the client, not a fault: a stack trace would cost time and never be read
        super(message, null, false, false);
        this.status = status;
        this.details = details;
        this.violations = List.copyOf(violations);
    }

    /** Adds a header the error response must carry (e.g. {@code Upload-Offset} on a TUS 409). */
    public ApiException header(String name, String value) {
        headers.set(name, value);
        return this;
    }

    public HttpStatusCode status() {
        return status;
    }

    public Object details() {
        return details;
    }

    public List<Violation> violations() {
        return violations;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
