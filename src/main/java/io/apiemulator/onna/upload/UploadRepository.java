package io.apiemulator.onna.upload;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each update runs in the caller's transaction, or in its own when there is none. Claims are conditional updates, so that the database decides which of two concurrent requests (on this
 * instance or another one sharing the database) may append: the one whose update matched the row.
 */
interface UploadRepository extends JpaRepository<Upload, String> {

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Upload u set u.claimToken = :token, u.claimedUntil = :until
            where u.resourceId = :id and u.offset = :offset and u.completedAt is null
              and (u.claimToken is null or u.claimedUntil < :now)""")
    int claimAt(@Param("id") String id, @Param("offset") long offset, @Param("token") String token,
            @Param("until") Instant until, @Param("now") Instant now);

    /** Claims whatever the offset: for terminating or restarting an upload. */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Upload u set u.claimToken = :token, u.claimedUntil = :until
            where u.resourceId = :id and (u.claimToken is null or u.claimedUntil < :now)""")
    int claim(@Param("id") String id, @Param("token") String token, @Param("until") Instant until,
            @Param("now") Instant now);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Upload u set u.claimedUntil = :until where u.resourceId = :id and u.claimToken = :token")
    int renew(@Param("id") String id, @Param("token") String token, @Param("until") Instant until);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Upload u set u.offset = :offset, u.length = :length, u.expiresAt = :expiresAt,
              u.completedAt = :completedAt, u.claimToken = null, u.claimedUntil = null
            where u.resourceId = :id and u.claimToken = :token""")
    int commit(@Param("id") String id, @Param("token") String token, @Param("offset") long offset,
            @Param("length") Long length, @Param("expiresAt") Instant expiresAt,
            @Param("completedAt") Instant completedAt);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Upload u set u.claimToken = null, u.claimedUntil = null where u.resourceId = :id and u.claimToken = :token")
    int release(@Param("id") String id, @Param("token") String token);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from Upload u where u.resourceId = :id and u.claimToken = :token")
    int deleteClaimed(@Param("id") String id, @Param("token") String token);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from Upload u where u.resourceId in :ids")
    int deleteAllByResourceIds(@Param("ids") Collection<String> ids);

    @Query("""
            select u.resourceId from Upload u where u.completedAt is null and u.expiresAt < :now
              and (u.claimToken is null or u.claimedUntil < :now)""")
    List<String> findExpired(@Param("now") Instant now);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            delete from Upload u where u.resourceId = :id and u.completedAt is null and u.expiresAt < :now
              and (u.claimToken is null or u.claimedUntil < :now)""")
    int deleteIfExpired(@Param("id") String id, @Param("now") Instant now);

    @Modifying
    @Query("update Upload u set u.claimToken = null, u.claimedUntil = null where u.claimToken is not null")
    int releaseAllClaims();
}
