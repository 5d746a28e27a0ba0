package io.apiemulator.nuon;

import java.time.Clock;

import io.apiemulator.kernel.startup.StartupAnnouncement;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.nuon.app.NuonApp;
import io.apiemulator.nuon.auth.NuonAccount;
import io.apiemulator.nuon.auth.NuonAccountRepository;
import io.apiemulator.nuon.auth.NuonOrg;
import io.apiemulator.nuon.component.NuonComponent;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nuon's seed section: the orgs of {@code emulator.nuon.orgs}, or a document's, each with its API tokens, apps and
 * their components, created or updated. Straight through the EntityManager: this runs on every reset, and a
 * repository's save would look a new (assigned) id up a second time.
 */
@Component
@Order(2)
class NuonSeeder extends SeedSection<NuonSeed> implements StartupAnnouncement {

    private final NuonProperties properties;
    private final NuonAccountRepository accounts;
    private final EntityManager entityManager;
    private final SeedLookup lookup;
    private final Clock clock;

    NuonSeeder(NuonProperties properties, NuonAccountRepository accounts, EntityManager entityManager,
            SeedLookup lookup, Clock clock) {
        super("nuon");
        this.properties = properties;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public NuonSeed configured() {
        return new NuonSeed(properties.orgs().stream().map(o -> new NuonSeed.Org(o.id(), o.name(), o.tokens(),
                o.apps().stream().map(a -> new NuonSeed.App(a.id(), a.name(), a.components().stream()
                        .map(c -> new NuonSeed.Component(c.id(), c.name(), c.type())).toList())).toList())).toList());
    }

    @Override
    public void apply(NuonSeed section) {
        section.orgs().forEach(this::apply);
    }

    @Override
    public String describe() {
        return properties.orgs().stream().filter(o -> !o.tokens().isEmpty()).findFirst()
                .map(o -> "nuon token=" + o.tokens().get(0) + " org_id=" + o.id())
                .orElse("nuon: no API token configured");
    }

    private void apply(NuonSeed.Org org) {
        String name = nameOf(org.name(), org.id());
        NuonOrg storedOrg = lookup.find(NuonOrg.class, org.id());
        if (storedOrg == null) {
            entityManager.persist(new NuonOrg(org.id(), name, clock.instant()));
        }
        else {
            storedOrg.rename(name);
        }
        for (String token : org.tokens()) {
            NuonAccount account = lookup.one(NuonAccount.class, a -> a.getToken().equals(token),
                    () -> accounts.findByToken(token)).orElseGet(() -> newAccount(token));
            account.grant(org.id());
        }
        for (NuonSeed.App app : org.apps()) {
            String appName = nameOf(app.name(), app.id());
            NuonApp stored = lookup.find(NuonApp.class, app.id());
            if (stored == null) {
                entityManager.persist(new NuonApp(app.id(), org.id(), appName, clock.instant()));
            }
            else {
                requireOwner(stored.getOrgId(), org.id(), "app " + app.id());
                stored.rename(appName);
            }
            app.components().forEach(c -> apply(org.id(), app.id(), c));
        }
    }

    private NuonAccount newAccount(String token) {
        String id = NuonIds.random("acc");
        NuonAccount created = new NuonAccount(id, token, "api-token+" + id + "@nuon.emulator", clock.instant());
        entityManager.persist(created);
        return created;
    }

    private void apply(String orgId, String appId, NuonSeed.Component component) {
        String name = nameOf(component.name(), component.id());
        NuonComponent stored = lookup.find(NuonComponent.class, component.id());
        if (stored == null) {
            entityManager.persist(new NuonComponent(component.id(), orgId, appId, name, component.type(),
                    clock.instant()));
            return;
        }
        requireOwner(stored.getOrgId() + "/" + stored.getAppId(), orgId + "/" + appId, "component " + component.id());
        stored.update(name, component.type());
    }

    private static void requireOwner(String actual, String expected, String what) {
        if (!actual.equals(expected)) {
            throw new InvalidSeedException(what + " already belongs to " + actual);
        }
    }

    private static String nameOf(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
