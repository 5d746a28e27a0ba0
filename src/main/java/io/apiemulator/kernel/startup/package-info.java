/**
 * The one log line printed when the server is ready ({@code StartupBanner}): its address, Swagger UI, and the demo
 * credentials each family supplies as a {@code StartupAnnouncement}.
 */
package io.apiemulator.kernel.startup;
