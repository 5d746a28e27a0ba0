package io.apiemulator.onna.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.apiemulator.kernel.persistence.Database;
import io.apiemulator.kernel.state.ResetListener;
import io.apiemulator.onna.OnnaProperties;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Presents the Onna clients in the database to Spring Authorization Server.
 * <p>
 * Reading a client was a third of a token request. On the embedded database, which no other process writes, a
 * client once read is kept: clients change only by seeding and by a reset, and both {@link #forgetOnCommit
 * forget} every kept client when their transaction ends. A read that overlapped such a change is not kept. On
 * PostgreSQL another instance may change a client at any time, so every request reads it.
 */
@Component
class OnnaRegisteredClients implements RegisteredClientRepository, ResetListener {

    private final OnnaClientRepository clients;
    private final OnnaProperties properties;
    private final boolean keep;
    /** Replaced, not cleared, on every change: a read that began before it lands in the map nobody reads. */
    private volatile Map<String, RegisteredClient> kept = new ConcurrentHashMap<>();

    OnnaRegisteredClients(OnnaClientRepository clients, OnnaProperties properties, Database database) {
        this.clients = clients;
        this.properties = properties;
        this.keep = database.embedded();
    }

    /** Spring Authorization Server re-saves a client to re-encode its secret; secrets stay as configured. */
    @Override
    public void save(RegisteredClient registeredClient) {
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (!keep) {
            return read(clientId);
        }
        Map<String, RegisteredClient> current = kept;
        RegisteredClient known = current.get(clientId);
        if (known != null) {
            return known;
        }
        RegisteredClient read = read(clientId);
        if (read != null) {
            current.put(clientId, read);
        }
        return read;
    }

    /** Every table is emptied: no client read so far may be kept. */
    @Override
    public void reset() {
        forgetOnCommit();
    }

    /** For whatever changes clients: forgets every kept client once the changing transaction has ended. */
    void forgetOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
    }

    private void forget() {
        kept = new ConcurrentHashMap<>();
    }

    private RegisteredClient read(String clientId) {
        return clients.findById(clientId).map(this::toRegistered).orElse(null);
    }

    private RegisteredClient toRegistered(OnnaClient client) {
        return RegisteredClient.withId(client.getClientId())
                .clientId(client.getClientId())
                .clientSecret(client.getClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(TokenClaims.settings(client))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokenTtl()).build())
                .build();
    }
}
