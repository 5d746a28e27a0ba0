/**
 * Authentication for all three families and {@code admin}, in one Spring Security chain: the family that owns a
 * path supplies a {@code CallerLookup} that turns the bearer token into a caller or refuses the request (401, 403)
 * in its envelope, and controllers receive that caller as a parameter. Start at {@code SecurityConfiguration}; only
 * Onna's token endpoint has a chain of its own ({@code ChainOrder}).
 */
package io.apiemulator.kernel.security;
