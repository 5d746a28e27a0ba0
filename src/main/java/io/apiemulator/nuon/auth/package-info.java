/**
 * Nuon authentication and tenancy: {@code NuonCallers} requires a known API token ({@code Authorization: Bearer}
 * or {@code ?token=}, else 401) and an org the token may act in ({@code X-Nuon-Org-ID} or {@code ?org_id=}, else
 * 403), and hands controllers a {@code NuonCaller}. Also the org and account entities, and {@code AccountView}, the
 * account rendered as the creator of a build or release.
 */
package io.apiemulator.nuon.auth;
