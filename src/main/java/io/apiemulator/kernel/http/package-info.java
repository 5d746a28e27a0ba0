/**
 * Servlet and Tomcat settings that apply to every family's paths: CORS ({@code CrossOriginFilter},
 * {@code emulator.cors.allowed-origins}), the cap on JSON request bodies ({@code RequestBodyLimitFilter},
 * {@code emulator.max-body-size}), encoded slashes passed on to the application's firewall, and no request
 * observations. Refusals are written in the envelope of the family that owns the path.
 */
package io.apiemulator.kernel.http;
