package io.apiemulator.mechamental.release;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.apiemulator.kernel.page.KeysetCursor;
import io.apiemulator.mechamental.MechaMentalException;
import io.apiemulator.mechamental.app.App;
import io.apiemulator.mechamental.app.AppRef;
import io.apiemulator.mechamental.app.Apps;
import io.apiemulator.mechamental.release.ReleaseViews.Detail;
import io.apiemulator.mechamental.release.ReleaseViews.Page;
import io.apiemulator.mechamental.release.ReleaseViews.Summary;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of an app's releases; an app that does not exist yet reads as one without releases. */
@Service
@Transactional(readOnly = true)
public class ReleaseCatalog {

    private static final Set<ReleaseStatus> ALL = EnumSet.allOf(ReleaseStatus.class);
    private static final Set<ReleaseStatus> UNARCHIVED = EnumSet.complementOf(EnumSet.of(ReleaseStatus.ARCHIVED));

    private final ReleaseRepository releases;
    private final Apps apps;

    ReleaseCatalog(ReleaseRepository releases, Apps apps) {
        this.releases = releases;
        this.apps = apps;
    }

    /** Newest first, keyset-paginated on (created_at, id). */
    Page page(AppRef ref, ListQuery query) {
        Optional<App> app = apps.find(ref);
        if (app.isEmpty()) {
            return new Page(0, false, null, List.of(), null);
        }
        String key = app.get().getId();
        Set<ReleaseStatus> statuses = query.includeArchived() ? ALL : UNARCHIVED;
        Limit oneMore = Limit.of(query.limit() + 1);
        List<Release> rows = query.after()
                .map(c -> releases.newestFirstAfter(key, statuses, c.createdAt(), c.id(), oneMore))
                .orElseGet(() -> releases.newestFirst(key, statuses, oneMore));
        boolean hasMore = rows.size() > query.limit();
        List<Release> page = hasMore ? rows.subList(0, query.limit()) : rows;
        Release last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = hasMore ? new KeysetCursor(last.getCreatedAt(), last.getId()).opaque() : null;
        return new Page(releases.countByAppKeyAndStatusIn(key, statuses), hasMore, next,
                page.stream().map(r -> Summary.of(ref, r)).toList(),
                releases.findByAppKeyAndStatus(key, ReleaseStatus.ACTIVE).map(Release::getId).orElse(null));
    }

    Detail get(AppRef ref, String releaseId) {
        return apps.find(ref).flatMap(app -> releases.findByIdAndAppKey(releaseId, app.getId()))
                .map(r -> Detail.of(ref, r))
                .orElseThrow(() -> MechaMentalException.notFound("release", releaseId));
    }

    Detail active(AppRef ref) {
        return apps.find(ref).flatMap(app -> releases.findByAppKeyAndStatus(app.getId(), ReleaseStatus.ACTIVE))
                .map(r -> Detail.of(ref, r))
                .orElseThrow(() -> new MechaMentalException(HttpStatus.NOT_FOUND,
                        "App " + ref.appId() + " has no active release",
                        MechaMentalException.details("resource_type", "release", "resource_id", "active")));
    }
}
