package io.apiemulator.nuon.auth;

import java.util.List;
import java.util.Map;

import io.apiemulator.nuon.JsonObject;

import org.springframework.stereotype.Component;

/** {@code app.Account} of whoever created a build or release (a service account per API token). */
@Component
public class AccountView {

    private final NuonAccountRepository accounts;

    AccountView(NuonAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account, or null when it no longer exists. */
    public Map<String, Object> render(String accountId) {
        return accounts.findById(accountId).map(a -> JsonObject.of(
                "account_type", "service",
                "created_at", a.getCreatedAt().toString(),
                "email", a.getEmail(),
                "id", a.getId(),
                "org_ids", List.copyOf(a.getOrgIds()),
                "permissions", Map.of(),
                "roles", List.of(),
                "subject", a.getId(),
                "updated_at", a.getCreatedAt().toString())).orElse(null);
    }
}
