/**
 * {@code GET /v1/health}: Onna's health check, open without a token, reporting {@code release_id}
 * ({@code emulator.onna.release-id}), status and version. See {@code HealthController}.
 */
package io.apiemulator.onna.health;
