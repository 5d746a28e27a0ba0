package io.apiemulator.onna.folder;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FolderRepository extends JpaRepository<Folder, String> {

    Optional<Folder> findByOnnaIdAndAccountId(String onnaId, String accountId);

    /** Every folder of the workspace whose path starts with {@code pathPrefix} (ids hold no LIKE wildcards). */
    @Modifying
    @Query("""
            delete from Folder f where f.accountId = :accountId and f.workspaceId = :workspaceId
              and f.path like concat(:pathPrefix, '%')""")
    int deleteSubtree(String accountId, String workspaceId, String pathPrefix);
}
