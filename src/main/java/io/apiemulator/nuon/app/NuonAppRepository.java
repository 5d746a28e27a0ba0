package io.apiemulator.nuon.app;

import java.util.Optional;

import io.apiemulator.nuon.NuonException;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NuonAppRepository extends JpaRepository<NuonApp, String> {

    Optional<NuonApp> findByIdAndOrgId(String id, String orgId);

    /** The org's app, else 404: another org's app does not exist for the caller. */
    default NuonApp require(String id, String orgId) {
        return findByIdAndOrgId(id, orgId).orElseThrow(() -> NuonException.notFound("app", id));
    }
}
