package io.apiemulator.onna.resource;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResourceRepository extends JpaRepository<Resource, String> {

    Optional<Resource> findByOnnaIdAndAccountIdAndKind(String onnaId, String accountId, ResourceKind kind);

    boolean existsByOnnaIdAndAccountId(String onnaId, String accountId);

    /** Resources of the workspace whose container path starts with {@code pathPrefix} (ids hold no LIKE wildcards). */
    @Query("""
            select r.onnaId from Resource r where r.accountId = :accountId and r.workspaceId = :workspaceId
              and r.path like concat(:pathPrefix, '%')""")
    List<String> idsInside(String accountId, String workspaceId, String pathPrefix);

    @Modifying
    @Query("""
            delete from Resource r where r.accountId = :accountId and r.workspaceId = :workspaceId
              and r.path like concat(:pathPrefix, '%')""")
    int deleteInside(String accountId, String workspaceId, String pathPrefix);
}
