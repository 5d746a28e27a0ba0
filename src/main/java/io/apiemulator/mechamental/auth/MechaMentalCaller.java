package io.apiemulator.mechamental.auth;

import java.util.Set;

/**
 * Who sent a request: the actor written to {@code created_by}/{@code activated_by} and the orgs the token
 * may access, as {@link MechaMentalCallers} found them.
 */
public record MechaMentalCaller(String actor, Set<String> orgIds) {

    public boolean mayAccess(String orgId) {
        return orgIds.contains(orgId);
    }
}
