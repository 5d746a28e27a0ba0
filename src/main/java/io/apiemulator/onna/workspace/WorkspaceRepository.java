package io.apiemulator.onna.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkspaceRepository extends JpaRepository<Workspace, String> {

    Optional<Workspace> findByOnnaIdAndAccountId(String onnaId, String accountId);

    /** A seeded workspace without an id is matched by its account and name. */
    Optional<Workspace> findFirstByAccountIdAndNameOrderByCreatedAtAscOnnaIdAsc(String accountId, String name);

    @Query("select w from Workspace w where w.accountId = :accountId order by w.createdAt, w.onnaId")
    List<Workspace> firstPage(String accountId, Limit limit);

    @Query("""
            select w from Workspace w where w.accountId = :accountId
              and (w.createdAt > :createdAt or (w.createdAt = :createdAt and w.onnaId > :onnaId))
            order by w.createdAt, w.onnaId""")
    List<Workspace> pageAfter(String accountId, Instant createdAt, String onnaId, Limit limit);
}
