/**
 * The emulator's own control API under {@code /__admin}, kept apart from the vendors' paths: its error envelope
 * ({@code AdminApi}), its optional bearer token ({@code AdminCallers}, {@code emulator.admin.token}), and
 * {@code TrafficFilter}, which records every other request in the journal and injects the matching fault into it.
 * The endpoints are in the sub-packages {@code fault}, {@code journal}, {@code reset}, {@code seed} and
 * {@code version}.
 */
package io.apiemulator.admin;
