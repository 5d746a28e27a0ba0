package io.apiemulator.onna.auth;

import io.apiemulator.onna.OnnaProperties;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/** Presents the Onna clients in the database to Spring Authorization Server. */
@Component
class OnnaRegisteredClients implements RegisteredClientRepository {

    private final OnnaClientRepository clients;
    private final OnnaProperties properties;

    OnnaRegisteredClients(OnnaClientRepository clients, OnnaProperties properties) {
        this.clients = clients;
        this.properties = properties;
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
