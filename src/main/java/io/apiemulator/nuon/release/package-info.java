/**
 * Component releases: {@code POST} and {@code GET /v1/components/{componentId}/releases},
 * {@code GET /v1/releases/{releaseId}}, {@code GET /v1/releases/{releaseId}/steps} and
 * {@code GET /v1/apps/{appId}/releases}. Start at {@code NuonReleaseController}; {@code ReleaseSchedule} says when
 * a release and each of its steps enter each status, computed from the clock rather than stored.
 */
package io.apiemulator.nuon.release;
