/**
 * MechaMental apps, named by the path's {@code org_id}, {@code workspace_id} and {@code app_id} ({@code AppRef}); they
 * have no endpoint of their own. {@code Apps} finds an app, creates it on first write when
 * {@code emulator.mechamental.auto-create-apps} is on, and locks its row while its releases change; the {@code App}
 * row also counts its releases for {@code release_number}.
 */
package io.apiemulator.mechamental.app;
