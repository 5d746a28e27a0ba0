/**
 * Nuon apps (entity and repository); they have no endpoint of their own. The {@code /v1/apps/{appId}/...} paths
 * are served by {@code build} ({@code .../components/{componentId}/builds}, {@code .../components/build-all}) and
 * {@code release} ({@code .../releases}); {@code NuonAppRepository.require} answers 404 for another org's app.
 */
package io.apiemulator.nuon.app;
