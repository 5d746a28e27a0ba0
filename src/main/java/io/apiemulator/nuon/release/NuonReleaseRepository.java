package io.apiemulator.nuon.release;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.apiemulator.nuon.NuonException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NuonReleaseRepository extends JpaRepository<NuonRelease, String> {

    Optional<NuonRelease> findByIdAndOrgId(String id, String orgId);

    List<NuonRelease> findByBuildIdInOrderByCreatedAtDescIdDesc(Collection<String> buildIds);

    @Modifying
    @Query(value = "DELETE FROM nuon_release_install WHERE release_id IN"
            + " (SELECT id FROM nuon_release WHERE component_id = :componentId)", nativeQuery = true)
    void deleteInstallsOfComponent(String componentId);

    @Modifying
    @Query("delete from NuonRelease r where r.componentId = :componentId")
    void deleteOfComponent(String componentId);

    default NuonRelease require(String id, String orgId) {
        return findByIdAndOrgId(id, orgId).orElseThrow(() -> NuonException.notFound("release", id));
    }
}
