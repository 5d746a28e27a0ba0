package io.apiemulator.mechamental.release;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReleaseRepository extends JpaRepository<Release, String> {

    Optional<Release> findByIdAndAppKey(String id, String appKey);

    Optional<Release> findByAppKeyAndStatus(String appKey, ReleaseStatus status);

    boolean existsByAppKeyAndReleaseTag(String appKey, String releaseTag);

    long countByAppKeyAndStatusIn(String appKey, Collection<ReleaseStatus> statuses);

    /** Newest first: the first page. */
    @Query("select r from Release r where r.appKey = ?1 and r.status in ?2 order by r.createdAt desc, r.id desc")
    List<Release> newestFirst(String appKey, Collection<ReleaseStatus> statuses, Limit limit);

    /** Newest first, after the keyset position (createdAt, id) where the previous page ended. */
    @Query("select r from Release r where r.appKey = ?1 and r.status in ?2"
            + " and (r.createdAt < ?3 or (r.createdAt = ?3 and r.id < ?4)) order by r.createdAt desc, r.id desc")
    List<Release> newestFirstAfter(String appKey, Collection<ReleaseStatus> statuses, Instant createdAt, String id,
            Limit limit);
}
