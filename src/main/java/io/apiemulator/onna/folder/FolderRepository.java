package io.apiemulator.onna.folder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FolderRepository extends JpaRepository<Folder, String> {

    Optional<Folder> findByOnnaIdAndAccountId(String onnaId, String accountId);

    /** Direct children of the container at {@code parentPath} called {@code name}, oldest first. */
    @Query("""
            select f from Folder f where f.accountId = :accountId and f.workspaceId = :workspaceId
              and f.name = :name and f.path = concat(:parentPath, f.onnaId, '/')
            order by f.createdAt, f.onnaId""")
    List<Folder> childrenNamed(String accountId, String workspaceId, String parentPath, String name, Limit limit);

    /** Every folder of the workspace whose path starts with {@code pathPrefix} (ids hold no LIKE wildcards). */
    @Modifying
    @Query("""
            delete from Folder f where f.accountId = :accountId and f.workspaceId = :workspaceId
              and f.path like concat(:pathPrefix, '%')""")
    int deleteSubtree(String accountId, String workspaceId, String pathPrefix);
}
