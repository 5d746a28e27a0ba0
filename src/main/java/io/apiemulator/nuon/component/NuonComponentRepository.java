package io.apiemulator.nuon.component;

import java.util.List;
import java.util.Optional;

import io.apiemulator.nuon.NuonException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NuonComponentRepository extends JpaRepository<NuonComponent, String> {

    Optional<NuonComponent> findByIdAndOrgId(String id, String orgId);

    /** The app's components, oldest first (the order build-all builds them in). */
    List<NuonComponent> findByAppIdOrderByCreatedAtAscIdAsc(String appId);

    /** Ids of the components that depend on {@code id}. */
    @Query("select c.id from NuonComponent c join c.dependencies d where d = :id order by c.id")
    List<String> dependentsOf(String id);

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
