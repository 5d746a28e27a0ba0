package io.apiemulator.nuon.auth;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** The account behind one API token and the orgs that token may act in. */
@Entity
@Table(name = "nuon_account")
public class NuonAccount {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(nullable = false)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nuon_account_org", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "org_id")
    private Set<String> orgIds = new TreeSet<>();

    protected NuonAccount() {
    }

    public NuonAccount(String id, String token, String email, Instant createdAt) {
        this.id = id;
        this.token = token;
        this.email = email;
        this.createdAt = createdAt;
    }

    public void grant(String orgId) {
        orgIds.add(orgId);
    }

    public String getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getOrgIds() {
        return new TreeSet<>(orgIds);
    }
}
