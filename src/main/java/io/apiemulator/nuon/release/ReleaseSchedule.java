package io.apiemulator.nuon.release;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.apiemulator.nuon.GoDuration;
import io.apiemulator.nuon.NuonIds;
import io.apiemulator.nuon.build.NuonBuild;
import io.apiemulator.nuon.status.Timeline;

/**
 * When a release and each of its steps enter each status. The release starts once its build is active
 * (at once for a ready build, later for {@code auto_build}): queued -> provisioning -> executing_release_steps
 * -> active | error. Steps run one after another: queued -> waiting_for_delay -> creating_install_deploys ->
 * polling_install_deploys -> active | error; a step fails when one of its installs' ids starts with
 * {@code fail-}, which fails the release and leaves later steps queued.
 */
final class ReleaseSchedule {

    static final String FAILING_INSTALL_PREFIX = "fail-";

    record Step(int index, String id, List<String> installIds, Timeline timeline, Instant deploysCreatedAt,
            Instant pollingAt, Instant endsAt, boolean fails) {
    }

    private final Timeline release;
    private final List<Step> steps;

    ReleaseSchedule(NuonRelease r, NuonBuild build) {
        Duration step = r.step();
        // instant mode (step 0s) skips the strategy's delays too, so tests never wait
        Duration delay = step.isZero() ? Duration.ZERO : r.delay();
        Timeline.Builder releaseTimeline = Timeline.startingAt(r.getCreatedAt(), "queued",
                "queued and waiting for event loop to process");
        Instant buildDone = build.timeline().end();
        List<List<String>> installs = r.stepInstalls();
        steps = new ArrayList<>();
        if (build.fails()) {
            releaseTimeline.then(later(r.getCreatedAt(), buildDone), "error", "build " + build.getId() + " failed");
            for (int i = 0; i < installs.size(); i++) {
                steps.add(queuedForever(r, i, installs.get(i)));
            }
            release = releaseTimeline.build();
            return;
        }
        Instant origin = later(r.getCreatedAt(), buildDone);
        releaseTimeline.then(origin.plus(step), "provisioning", "provisioning deploys")
                .then(origin.plus(step.multipliedBy(2)), "executing_release_steps", "executing release steps");
        Instant cursor = origin.plus(step.multipliedBy(2));
        boolean failed = false;
        for (int i = 0; i < installs.size(); i++) {
            List<String> ids = installs.get(i);
            if (failed) {
                steps.add(queuedForever(r, i, ids));
                continue;
            }
            boolean fails = ids.stream().anyMatch(id -> id.startsWith(FAILING_INSTALL_PREFIX));
            Instant creating = cursor.plus(delay);
            Instant polling = creating.plus(step);
            Instant end = polling.plus(step);
            Timeline timeline = Timeline.startingAt(r.getCreatedAt(), "queued", "queued")
                    .then(cursor, "waiting_for_delay", "waiting for delay of " + GoDuration.format(delay))
                    .then(creating, "creating_install_deploys", "creating install deploys")
                    .then(polling, "polling_install_deploys", "polling install deploys")
                    .then(end, fails ? "error" : "active", fails ? "an install deploy failed" : "install deploys succeeded")
                    .build();
            steps.add(new Step(i, stepId(r, i), ids, timeline, creating, polling, end, fails));
            cursor = end;
            if (fails) {
                releaseTimeline.then(end, "error", "release step " + (i + 1) + " failed");
                failed = true;
            }
        }
        if (!failed) {
            releaseTimeline.then(cursor, "active", "release succeeded");
        }
        release = releaseTimeline.build();
    }

    Timeline release() {
        return release;
    }

    List<Step> steps() {
        return steps;
    }

    private static Step queuedForever(NuonRelease r, int index, List<String> installIds) {
        return new Step(index, stepId(r, index), installIds,
                Timeline.startingAt(r.getCreatedAt(), "queued", "queued").build(), null, null, null, false);
    }

    /** Nuon gives release steps the release prefix. */
    private static String stepId(NuonRelease r, int index) {
        return NuonIds.derived("rel", r.getId(), "step", String.valueOf(index));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
