package io.apiemulator.nuon.auth;

/** Who is calling (the token's account) and in which org, as {@link NuonCallers} found them. */
public record NuonCaller(String accountId, String orgId) {
}
