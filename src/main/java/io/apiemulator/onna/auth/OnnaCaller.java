package io.apiemulator.onna.auth;

/** Who is calling the Onna API: the account that owns everything the call creates, and its client. */
public record OnnaCaller(String accountId, String clientId) {
}
