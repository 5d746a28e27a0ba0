package io.apiemulator.mechamental.release;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.apiemulator.mechamental.MechaMentalException;
import io.apiemulator.mechamental.app.App;
import io.apiemulator.mechamental.app.AppRef;
import io.apiemulator.mechamental.app.Apps;
import io.apiemulator.mechamental.release.ReleaseViews.Activation;
import io.apiemulator.mechamental.release.ReleaseViews.Detail;
import io.apiemulator.mechamental.release.ReleaseViews.Summary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change to an app's releases, each in one transaction that first locks the app's row
 * ({@code SELECT ... FOR UPDATE}), so concurrent requests, also on other server instances sharing one
 * PostgreSQL, are applied one after another and an app never has two active releases. A unique column
 * ({@code active_in_app}) makes the database refuse a second active release as well.
 *
 * <p>A new release starts {@code draft}. What each action does to a release in each status:
 *
 * <table>
 * <caption>Release lifecycle</caption>
 * <tr><th>status</th><th>activate</th><th>rollback</th><th>archive</th><th>delete</th></tr>
 * <tr><td>draft</td><td>200: becomes active; the active release, if any, becomes superseded and is recorded as
 * its {@code previous_release_id}</td><td>409: never active, activate it instead</td>
 * <td>200: archived</td><td>200: deleted</td></tr>
 * <tr><td>active</td><td>200: no change (idempotent, same answer as the activation)</td>
 * <td>200: its {@code previous_release_id} becomes active again and it becomes superseded; 409 when it has
 * none, or that release was archived or deleted</td><td>409: activate another release first</td>
 * <td>409: activate another release first</td></tr>
 * <tr><td>superseded</td><td>200: active again; the active release becomes superseded and is recorded as its
 * {@code previous_release_id}</td><td>200: rolled back to it: active again, the active release becomes
 * superseded, its own {@code previous_release_id} is kept (so repeated rollbacks walk back the history)</td>
 * <td>200: archived</td><td>200: deleted</td></tr>
 * <tr><td>archived</td><td>409: archived releases are read-only</td><td>409: archived releases are read-only</td>
 * <td>200: no change (idempotent)</td><td>200: deleted</td></tr>
 * </table>
 *
 * <p>Archived releases stay readable by id but are left out of lists unless {@code include_archived=true}.
 * {@code release_tag} is unique per app (409 on a duplicate) and {@code release_number} counts up per app,
 * never reused after a delete. A refused request changes nothing.
 */
@Service
public class ReleaseLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReleaseLifecycle.class);

    private final ReleaseRepository releases;
    private final Apps apps;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReleaseLifecycle(ReleaseRepository releases, Apps apps, Clock clock, PlatformTransactionManager transactions) {
        this.releases = releases;
        this.apps = apps;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    public Detail create(AppRef ref, NewRelease content, String actor) {
        apps.ensure(ref);
        return transactions.execute(status -> {
            App app = apps.lockForWrite(ref);
            if (releases.existsByAppKeyAndReleaseTag(app.getId(), content.releaseTag())) {
                throw MechaMentalException.conflict("A release with tag '" + content.releaseTag()
                        + "' already exists for this app", Map.of("release_tag", content.releaseTag()));
            }
            return Detail.of(ref, insert(app, content, actor));
        });
    }

    /** A release as a seed document lists it: its content and the status to bring it to. */
    public record SeededRelease(NewRelease content, String status) {
    }

    /**
     * For seed documents, in the caller's transaction: creates the app's releases whose tag it does not have yet,
     * in order, each brought to its status ({@code draft}, {@code active} or {@code archived}) as the API would
     * bring it there. An app that never had a release (after every reset) has nothing to look up or supersede:
     * its releases are built with their final status and inserted in one batch.
     */
    public void seed(AppRef ref, List<SeededRelease> seeded, String actor) {
        App app = apps.seed(ref);
        if (app.hasHadReleases()) {
            seeded.forEach(r -> seedOnto(app, r, actor));
            return;
        }
        Map<String, Release> byTag = new LinkedHashMap<>();
        Release active = null;
        for (SeededRelease r : seeded) {
            if (byTag.containsKey(r.content().releaseTag())) {
                continue;
            }
            Release release = new Release(app.getId(), app.nextReleaseNumber(), r.content(), actor, clock.instant());
            switch (r.status()) {
                case "active" -> {
                    if (active != null) {
                        active.supersede();
                    }
                    release.rememberPredecessor(active == null ? null : active.getId());
                    release.activate(actor, clock.instant());
                    active = release;
                }
                case "archived" -> release.archive();
                default -> {
                }
            }
            byTag.put(release.getReleaseTag(), release);
        }
        releases.saveAll(byTag.values());
        log.debug("MechaMental releases {} seeded in {}", byTag.keySet(), ref);
    }

    private void seedOnto(App app, SeededRelease seeded, String actor) {
        if (releases.existsByAppKeyAndReleaseTag(app.getId(), seeded.content().releaseTag())) {
            return;
        }
        Release release = insert(app, seeded.content(), actor);
        switch (seeded.status()) {
            case "active" -> makeActive(app, release, actor, true, "seeded");
            case "archived" -> release.archive();
            default -> {
            }
        }
    }

    private Release insert(App app, NewRelease content, String actor) {
        Release release = releases.saveAndFlush(new Release(app.getId(), app.nextReleaseNumber(), content, actor,
                clock.instant()));
        log.info("MechaMental release {} ({} #{}) created in {}", release.getId(), release.getReleaseTag(),
                release.getReleaseNumber(), app.ref());
        return release;
    }

    public Activation activate(AppRef ref, String releaseId, String actor) {
        return withLockedRelease(ref, releaseId, (app, release) -> switch (release.getStatus()) {
            case ACTIVE -> new Activation("Release " + release.getReleaseTag() + " is already active",
                    Summary.of(ref, release), release.getPreviousReleaseId());
            case ARCHIVED -> throw readOnly(release, "activated");
            case DRAFT, SUPERSEDED -> makeActive(app, release, actor, true,
                    "Release " + release.getReleaseTag() + " activated");
        });
    }

    public Activation rollback(AppRef ref, String releaseId, String actor) {
        return withLockedRelease(ref, releaseId, (app, release) -> switch (release.getStatus()) {
            case ACTIVE -> makeActive(app, predecessorOf(app, release), actor, false,
                    "Rolled back from release " + release.getReleaseTag());
            case SUPERSEDED -> makeActive(app, release, actor, false,
                    "Rolled back to release " + release.getReleaseTag());
            case DRAFT -> throw conflict(release, "Release " + release.getReleaseTag()
                    + " has never been active, so there is nothing to roll back to; activate it instead");
            case ARCHIVED -> throw readOnly(release, "rolled back to");
        });
    }

    public Summary archive(AppRef ref, String releaseId) {
        return withLockedRelease(ref, releaseId, (app, release) -> {
            if (release.getStatus() == ReleaseStatus.ACTIVE) {
                throw conflict(release, "Release " + release.getReleaseTag()
                        + " is the active release and cannot be archived; activate another release first");
            }
            if (release.getStatus() != ReleaseStatus.ARCHIVED) {
                release.archive();
                log.info("MechaMental release {} archived in {}", release.getId(), ref);
            }
            return Summary.of(ref, release);
        });
    }

    public void delete(AppRef ref, String releaseId) {
        withLockedRelease(ref, releaseId, (app, release) -> {
            if (release.getStatus() == ReleaseStatus.ACTIVE) {
                throw conflict(release, "Release " + release.getReleaseTag()
                        + " is the active release and cannot be deleted; activate another release first");
            }
            releases.delete(release);
            log.info("MechaMental release {} deleted from {}", release.getId(), ref);
            return release;
        });
    }

    private <T> T withLockedRelease(AppRef ref, String releaseId, BiFunction<App, Release, T> work) {
        return transactions.execute(status -> {
            App app = apps.lock(ref).orElseThrow(() -> MechaMentalException.notFound("release", releaseId));
            Release release = releases.findByIdAndAppKey(releaseId, app.getId())
                    .orElseThrow(() -> MechaMentalException.notFound("release", releaseId));
            return work.apply(app, release);
        });
    }

    /** The release that was active before {@code active}, if it can become active again. */
    private Release predecessorOf(App app, Release active) {
        Optional<Release> previous = Optional.ofNullable(active.getPreviousReleaseId())
                .flatMap(id -> releases.findByIdAndAppKey(id, app.getId()))
                .filter(r -> r.getStatus() == ReleaseStatus.SUPERSEDED);
        return previous.orElseThrow(() -> conflict(active, "Release " + active.getReleaseTag()
                + " has no earlier active release to roll back to"));
    }

    /** Supersedes the app's active release, if any, and activates {@code target}; the app is locked. */
    private Activation makeActive(App app, Release target, String actor, boolean recordPredecessor, String message) {
        Optional<Release> current = releases.findByAppKeyAndStatus(app.getId(), ReleaseStatus.ACTIVE);
        current.ifPresent(active -> {
            active.supersede();
            // written before the new active one: the database allows one active release per app at any moment
            releases.saveAndFlush(active);
        });
        String previousId = current.map(Release::getId).orElse(null);
        if (recordPredecessor) {
            target.rememberPredecessor(previousId);
        }
        target.activate(actor, clock.instant());
        releases.saveAndFlush(target);
        log.info("MechaMental release {} active in {} (was {})", target.getId(), app.ref(), previousId);
        return new Activation(message, Summary.of(app.ref(), target), previousId);
    }

    private static MechaMentalException readOnly(Release release, String action) {
        return conflict(release, "Release " + release.getReleaseTag() + " is archived and cannot be " + action
                + "; archived releases are read-only");
    }

    private static MechaMentalException conflict(Release release, String message) {
        return MechaMentalException.conflict(message,
                MechaMentalException.details("release_id", release.getId(), "status", release.getStatus().json()));
    }
}
