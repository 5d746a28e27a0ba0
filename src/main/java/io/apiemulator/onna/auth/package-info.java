/**
 * Onna's OAuth2: {@code POST /v1/oauth/token} (client credentials grant, served by Spring Authorization Server
 * on a chain of its own; start at {@code OnnaSecurityConfiguration}) and {@code GET /v1/oauth/user}
 * ({@code CurrentUserController}). {@code OnnaCallers} checks the access token on every other Onna path but
 * {@code /v1/health}; the OAuth clients are stored as {@code OnnaClient}s.
 */
package io.apiemulator.onna.auth;
