package io.apiemulator.kernel.error;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;

/**
 * One emulated vendor API as the error machinery sees it: which paths it serves and how it words an error.
 * Every error the server sends on a family's path, from a controller, a security filter, the servlet
 * container or an injected fault, is rendered by that family, so clients always get the vendor's envelope.
 */
public abstract class ApiFamily {

    private final String name;
    private final Pattern paths;

    /** @param paths the request paths (servlet path, without query) this family serves */
    protected ApiFamily(String name, Pattern paths) {
        this.name = name;
        this.paths = paths;
    }

    /** Short name used in logs and the admin API, e.g. {@code onna}. */
    public final String name() {
        return name;
    }

    /** True when this family serves the request path (servlet path, without query). */
    public final boolean owns(String path) {
        return paths.matcher(path).matches();
    }

    /**
     * True when a path no family serves still looks like this family's (e.g. an unknown {@code /v1/...}), so
     * its 404 or 405 comes in this family's envelope.
     */
    public boolean ownsUnclaimed(String path) {
        return false;
    }

    /**
     * True when bodies on this path are raw bytes of any size (uploads, seed documents) rather than JSON that
     * {@code emulator.max-body-size} caps.
     */
    public boolean streamsBody(String path) {
        return false;
    }

    /** The family's envelope for an error: status and body (the kernel adds the error's headers). */
    public abstract ResponseEntity<Object> error(ApiException error);

    /** The family's answer to a request whose input failed validation (the shape may differ per endpoint). */
    public abstract ResponseEntity<Object> invalid(String method, String path, List<Violation> violations);
}
