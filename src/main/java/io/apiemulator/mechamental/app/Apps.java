package io.apiemulator.mechamental.app;

import java.time.Clock;
import java.util.Optional;

import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.mechamental.MechaMentalException;
import io.apiemulator.mechamental.MechaMentalProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds apps, and creates one on first write when {@code emulator.mechamental.auto-create-apps} is on.
 * Reads never create anything: an unknown app of an accessible org reads as an app without releases.
 */
@Service
public class Apps {

    private static final Logger log = LoggerFactory.getLogger(Apps.class);

    private final AppRepository apps;
    private final SeedLookup lookup;
    private final MechaMentalProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    Apps(AppRepository apps, SeedLookup lookup, MechaMentalProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.apps = apps;
        this.lookup = lookup;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The app to read from; empty for an app that may still be auto-created, 404 when it may not. */
    public Optional<App> find(AppRef ref) {
        return unlessForbiddenToCreate(apps.find(ref), ref);
    }

    /** Like {@link #find}, and the app's row stays locked until the caller's transaction ends. */
    public Optional<App> lock(AppRef ref) {
        return unlessForbiddenToCreate(apps.lock(ref), ref);
    }

    /** The app {@link #ensure} made sure of, locked until the caller's transaction ends. */
    public App lockForWrite(AppRef ref) {
        return apps.lock(ref).orElseThrow(() -> MechaMentalException.notFound("app", ref.appId()));
    }

    /**
     * Makes sure the app exists before a write (404 when auto-creation is off). Runs in its own transaction,
     * never inside another one: two first writes race on the unique key, and the loser uses the winner's row.
     */
    public void ensure(AppRef ref) {
        if (apps.find(ref).isPresent()) {
            return;
        }
        if (!properties.autoCreate()) {
            throw MechaMentalException.notFound("app", ref.appId());
        }
        try {
            newTransaction.executeWithoutResult(status -> {
                apps.saveAndFlush(new App(ref, clock.instant()));
                log.info("MechaMental app {}/{}/{} created", ref.orgId(), ref.workspaceId(), ref.appId());
            });
        }
        catch (DataIntegrityViolationException raced) {
            // another request or server instance created it between our look-up and insert: use theirs
        }
    }

    /**
     * For seeding: the app, created if missing whatever {@code auto-create-apps} says, and locked until the
     * caller's transaction ends. Seeding runs inside a reset or seed document transaction under the state lock;
     * a separate transaction (as {@link #ensure} uses) would wait forever on the reset's TRUNCATE lock on
     * PostgreSQL. A new row is stored with that transaction: nobody sees it before.
     */
    public App seed(AppRef ref) {
        return lookup.one(App.class, app -> app.ref().equals(ref), () -> apps.lock(ref)).orElseGet(() -> {
            App app = apps.save(new App(ref, clock.instant()));
            log.debug("MechaMental app {}/{}/{} seeded", ref.orgId(), ref.workspaceId(), ref.appId());
            return app;
        });
    }

    private Optional<App> unlessForbiddenToCreate(Optional<App> app, AppRef ref) {
        if (app.isEmpty() && !properties.autoCreate()) {
            throw MechaMentalException.notFound("app", ref.appId());
        }
        return app;
    }
}
