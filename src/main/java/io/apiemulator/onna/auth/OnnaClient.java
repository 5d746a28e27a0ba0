package io.apiemulator.onna.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An OAuth client of the Onna API; each client is one account with one user. */
@Entity
@Table(name = "onna_client")
public class OnnaClient {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "client_secret", nullable = false)
    private String clientSecret;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String name;

    private String surname;

    protected OnnaClient() {
    }

    public OnnaClient(String clientId, String clientSecret, String accountId, String userId, String name,
            String surname) {
        this.clientId = clientId;
        update(clientSecret, accountId, userId, name, surname);
    }

    public final void update(String clientSecret, String accountId, String userId, String name, String surname) {
        this.clientSecret = clientSecret;
        this.accountId = accountId;
        this.userId = userId;
        this.name = name;
        this.surname = surname;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getSurname() {
        return surname;
    }
}
