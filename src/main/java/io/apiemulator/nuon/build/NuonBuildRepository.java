package io.apiemulator.nuon.build;

import java.util.Optional;

import io.apiemulator.nuon.NuonException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NuonBuildRepository extends JpaRepository<NuonBuild, String> {

    Optional<NuonBuild> findByIdAndOrgId(String id, String orgId);

    Optional<NuonBuild> findFirstByComponentIdOrderByCreatedAtDescIdDesc(String componentId);

    @Modifying
    @Query("delete from NuonBuild b where b.componentId = :componentId")
    void deleteOfComponent(String componentId);

    default NuonBuild require(String id, String orgId) {
        return findByIdAndOrgId(id, orgId).orElseThrow(() -> NuonException.notFound("build", id));
    }
}
