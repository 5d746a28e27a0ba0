/**
 * The MechaMental releases API under {@code /v1/orgs/{org_id}/workspaces/{workspace_id}/apps/{app_id}/releases}.
 * This package holds its error envelope ({@code MechaMentalApi}), its configuration ({@code emulator.mechamental.*})
 * and its seed section; the endpoints are in {@code release}, authentication in {@code auth}, apps in {@code app}.
 */
package io.apiemulator.mechamental;
