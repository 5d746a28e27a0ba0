/**
 * The server that stands in for the Onna, Nuon and MechaMental HTTP APIs; {@code ApiEmulatorApplication} starts it.
 * Onna's paths ({@code /v1/oauth}, {@code /v1/workspaces}, {@code /v1/folders}, {@code /v1/resources},
 * {@code /v1/upload}, {@code /v1/health}) are served in {@code onna}, Nuon's ({@code /v1/components},
 * {@code /v1/releases}, {@code /v1/apps}, {@code /v1/builds}) in {@code nuon}, MechaMental's ({@code /v1/orgs/...})
 * in {@code mechamental}, {@code /__admin} in {@code admin} and Swagger UI in {@code docs}; {@code kernel} holds
 * what they share. Started from the packed jar, {@code ApiEmulatorApplication} first moves itself onto
 * {@code PackedJarClassLoader}, which finds classes in the nested jars faster than Spring Boot's launcher.
 */
package io.apiemulator;
