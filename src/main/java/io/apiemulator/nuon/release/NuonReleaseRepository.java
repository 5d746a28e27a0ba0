package io.apiemulator.nuon.release;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.apiemulator.nuon.NuonException;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NuonReleaseRepository extends JpaRepository<NuonRelease, String> {

    Optional<NuonRelease> findByIdAndOrgId(String id, String orgId);

    List<NuonRelease> findByBuildIdInOrderByCreatedAtDescIdDesc(Collection<String> buildIds);

    default NuonRelease require(String id, String orgId) {
        return findByIdAndOrgId(id, orgId).orElseThrow(() -> NuonException.notFound("release", id));
    }
}
