package io.apiemulator.mechamental.auth;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A MechaMental bearer token: who uses it ({@code actor}) and which orgs it may access. */
@Entity
@Table(name = "mm_token")
public class ApiToken {

    @Id
    private String token;

    @Column(nullable = false)
    private String actor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mm_token_org", joinColumns = @JoinColumn(name = "token"))
    @Column(name = "org_id", nullable = false)
    private Set<String> orgIds = new LinkedHashSet<>();

    protected ApiToken() {
    }

    public ApiToken(String token, String actor, Set<String> orgIds) {
        this.token = token;
        update(actor, orgIds);
    }

    public final void update(String actor, Set<String> orgIds) {
        this.actor = actor;
        this.orgIds.clear();
        this.orgIds.addAll(orgIds);
    }

    public String getToken() {
        return token;
    }

    public String getActor() {
        return actor;
    }

    public Set<String> getOrgIds() {
        return Set.copyOf(orgIds);
    }
}
