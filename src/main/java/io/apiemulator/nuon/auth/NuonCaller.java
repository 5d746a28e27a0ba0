package io.apiemulator.nuon.auth;

/** Who is calling (the token's account) and in which org; set by {@link NuonAuthFilter} as a request attribute. */
public record NuonCaller(String accountId, String orgId) {

    public static final String ATTRIBUTE = "io.apiemulator.nuon.caller";
}
