package io.apiemulator.onna;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.onna.*}: the OAuth clients seeded at start-up (each one is an account with one user),
 * how long a token lives and how many items a list page holds.
 */
@ConfigurationProperties("emulator.onna")
public record OnnaProperties(Duration tokenTtl, int pageSize, String releaseId, List<Client> clients) {

    public OnnaProperties {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("emulator.onna.page-size must be positive");
        }
        // an emptied list binds as null: no clients
        clients = clients == null ? List.of() : clients;
    }

    public record Client(String clientId, String clientSecret, String accountId, String userId, String name,
            String surname) {
    }
}
