package io.apiemulator.kernel.error;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One emulated vendor API as the error machinery sees it: which paths it serves and how it words an error.
 * Every error the server sends on a family's path, from a controller, a security filter, the servlet
 * container or an injected fault, is rendered by that family, so clients always get the vendor's envelope.
 */
public interface ApiFamily {

    /** Short name used in logs and the admin API, e.g. {@code onna}. */
    String name();

    /** True when this family serves the request path (servlet path, without query). */
    boolean owns(String path);

    /**
     * True when bodies on this path are raw bytes of any size (uploads, seed documents) rather than JSON that
     * {@code emulator.max-body-size} caps.
     */
    default boolean streamsBody(String path) {
        return false;
    }

    /** The family's envelope for an error status with a human-readable message. */
    ResponseEntity<Object> error(HttpStatus status, String message);

    /** The family's answer to a request whose input failed validation (the shape may differ per endpoint). */
    ResponseEntity<Object> invalid(String method, String path, List<Violation> violations);
}
