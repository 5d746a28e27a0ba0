package io.apiemulator.nuon.component;

import java.util.Optional;

import io.apiemulator.nuon.NuonException;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NuonComponentRepository extends JpaRepository<NuonComponent, String> {

    Optional<NuonComponent> findByIdAndOrgId(String id, String orgId);

    /** The org's component, else 404: another org's component does not exist for the caller. */
    default NuonComponent require(String id, String orgId) {
        return findByIdAndOrgId(id, orgId).orElseThrow(() -> NuonException.notFound("component", id));
    }

    /** The component, which must belong to the app (app-scoped paths). */
    default NuonComponent require(String appId, String id, String orgId) {
        NuonComponent component = require(id, orgId);
        if (!component.getAppId().equals(appId)) {
            throw NuonException.notFound("component", id);
        }
        return component;
    }
}
