package io.apiemulator.nuon.auth;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NuonOrgRepository extends JpaRepository<NuonOrg, String> {
}
