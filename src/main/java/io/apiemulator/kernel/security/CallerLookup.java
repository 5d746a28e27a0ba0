package io.apiemulator.kernel.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A family's way from a request's bearer token to who is calling. The kernel's one security chain runs the
 * lookup of the family that owns the path before any controller, and hands its caller to controllers that
 * declare a parameter of the caller type.
 */
public abstract class CallerLookup {

    private final String family;
    private final Class<?> callerType;

    /**
     * @param family the {@code ApiFamily} name whose paths this lookup guards
     * @param callerType what controllers declare to receive the caller; null when they need none
     */
    protected CallerLookup(String family, Class<?> callerType) {
        this.family = family;
        this.callerType = callerType;
    }

    final String family() {
        return family;
    }

    final Class<?> callerType() {
        return callerType;
    }

    /**
     * The caller, or null when the request needs none (a public path, an open admin API).
     *
     * @param token the {@code Authorization: Bearer} token, null when the request has none
     * @throws io.apiemulator.kernel.error.ApiException to refuse the request (401, 403, ...), in the family's envelope
     */
    public abstract Object caller(HttpServletRequest request, String token);
}
