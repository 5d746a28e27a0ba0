package io.apiemulator.mechamental.app;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppRepository extends JpaRepository<App, String> {

    String BY_REF = "select a from App a where a.orgId = ?1 and a.workspaceId = ?2 and a.appId = ?3";

    @Query(BY_REF)
    Optional<App> find(String orgId, String workspaceId, String appId);

    /** {@code SELECT ... FOR UPDATE}: serialises release transitions of one app, across server instances too. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(BY_REF)
    Optional<App> lock(String orgId, String workspaceId, String appId);

    default Optional<App> find(AppRef ref) {
        return find(ref.orgId(), ref.workspaceId(), ref.appId());
    }

    default Optional<App> lock(AppRef ref) {
        return lock(ref.orgId(), ref.workspaceId(), ref.appId());
    }
}
