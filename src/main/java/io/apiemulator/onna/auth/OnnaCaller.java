package io.apiemulator.onna.auth;

/**
 * Who is calling the Onna API: the account that owns everything the call creates, its client and the
 * client's user, all read from the access token's claims (written when the token was issued).
 */
public record OnnaCaller(String accountId, String clientId, String userId, String name, String surname) {
}
