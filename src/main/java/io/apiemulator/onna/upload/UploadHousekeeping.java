package io.apiemulator.onna.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.apiemulator.kernel.state.ResetListener;
import io.apiemulator.kernel.time.PeriodicJob;
import io.apiemulator.onna.resource.ResourcesDeleted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Uploads go away with their resources, when they expire unfinished (expiration extension), and on an admin
 * reset. Rows go first, bytes after: a directory without a row, idle for longer than the expiry, is garbage
 * (e.g. left by an in-memory database's previous run) and is swept by the same periodic job.
 */
@Component
class UploadHousekeeping implements ResetListener, PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(UploadHousekeeping.class);

    private final UploadRepository uploads;
    private final UploadStore store;
    private final TusProperties properties;
    private final Clock clock;

    UploadHousekeeping(UploadRepository uploads, UploadStore store, TusProperties properties, Clock clock) {
        this.uploads = uploads;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Inside the deleting transaction: the rows go with the resources, or neither goes. */
    @EventListener
    void deleteRows(ResourcesDeleted event) {
        if (!event.resourceIds().isEmpty()) {
            uploads.deleteAllByResourceIds(event.resourceIds());
        }
    }

    /** After it committed: the bytes of uploads whose rows are gone. */
    @TransactionalEventListener(fallbackExecution = true)
    void deleteBytes(ResourcesDeleted event) {
        event.resourceIds().forEach(store::delete);
    }

    @Override
    public Duration period() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        removeExpired(clock.instant());
    }

    /** Deletes unfinished uploads whose Upload-Expires passed (and are not being written), then stray bytes. */
    int removeExpired(Instant now) {
        int removed = 0;
        for (String id : uploads.findExpired(now)) {
            if (uploads.deleteIfExpired(id, now) == 1) {
                store.delete(id);
                removed++;
            }
        }
        for (String id : store.idleIds(now.minus(properties.expiry()))) {
            if (!uploads.existsById(id)) {
                store.delete(id);
            }
        }
        if (removed > 0) {
            log.info("Removed {} expired unfinished uploads", removed);
        }
        return removed;
    }

    @Override
    public void reset() {
        store.deleteAll();
    }
}
