/**
 * Component builds: {@code POST} and {@code GET /v1/components/{componentId}/builds}, {@code GET .../builds/latest}
 * and {@code GET .../builds/{buildId}}, each also under {@code /v1/apps/{appId}/components/{componentId}};
 * {@code GET /v1/components/builds/{buildId}}; {@code POST /v1/apps/{appId}/components/build-all}; and the
 * deprecated {@code GET /v1/builds}. Start at {@code BuildController}; a build's status (queued, planning, building,
 * active or error) is computed from the clock, not stored ({@code NuonBuild}).
 */
package io.apiemulator.nuon.build;
