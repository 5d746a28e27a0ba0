package io.apiemulator.mechamental;

import java.util.LinkedHashSet;

import io.apiemulator.kernel.startup.StartupAnnouncement;
import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.mechamental.MechaMentalProperties.App;
import io.apiemulator.mechamental.app.Apps;
import io.apiemulator.mechamental.auth.ApiToken;
import io.apiemulator.mechamental.release.ReleaseLifecycle;
import io.apiemulator.mechamental.release.ReleaseLifecycle.SeededRelease;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MechaMental's seed section: the tokens and apps of {@code emulator.mechamental.*}, or a document's, which may
 * also list releases. Everything is created or updated, never duplicated.
 */
@Component
@Order(3)
class MechaMentalSeeding extends SeedSection<MechaMentalSeed> implements StartupAnnouncement {

    private static final String SEED_ACTOR = "seed";

    private final MechaMentalProperties properties;
    private final Apps apps;
    private final ReleaseLifecycle releases;
    private final EntityManager entityManager;
    private final SeedLookup lookup;

    MechaMentalSeeding(MechaMentalProperties properties, Apps apps,
            ReleaseLifecycle releases, EntityManager entityManager, SeedLookup lookup) {
        super("mechamental");
        this.properties = properties;
        this.apps = apps;
        this.releases = releases;
        this.entityManager = entityManager;
        this.lookup = lookup;
    }

    @Override
    public MechaMentalSeed configured() {
        return new MechaMentalSeed(
                properties.tokens().stream().map(t -> new MechaMentalSeed.Token(t.token(), t.actor(), t.orgs())).toList(),
                properties.apps().stream().map(a -> new MechaMentalSeed.App(a.org(), a.workspace(), a.app(), null))
                        .toList());
    }

    @Override
    public void apply(MechaMentalSeed section) {
        section.tokens().forEach(this::upsert);
        for (MechaMentalSeed.App app : section.apps()) {
            if (app.releases().isEmpty()) {
                apps.seed(app.ref());
            }
            else {
                // seeding releases seeds their app first
                releases.seed(app.ref(), app.releases().stream()
                        .map(r -> new SeededRelease(r.content(), r.status())).toList(), SEED_ACTOR);
            }
        }
    }

    @Override
    public String describe() {
        if (properties.tokens().isEmpty() || properties.apps().isEmpty()) {
            return "mechamental: no token or app configured";
        }
        App app = properties.apps().get(0);
        return "mechamental token=" + properties.tokens().get(0).token() + " org=" + app.org() + " workspace="
                + app.workspace() + " app=" + app.app();
    }

    private void upsert(MechaMentalSeed.Token t) {
        var orgs = new LinkedHashSet<>(t.orgs());
        ApiToken existing = lookup.find(ApiToken.class, t.token());
        if (existing != null) {
            existing.update(t.actor(), orgs);
        }
        else {
            // persist, not a repository's save: that would look the new token up a second time
            entityManager.persist(new ApiToken(t.token(), t.actor(), orgs));
        }
    }
}
