package io.apiemulator.nuon;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.apiemulator.kernel.startup.StartupAnnouncement;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.kernel.state.Seeder;
import io.apiemulator.nuon.app.NuonApp;
import io.apiemulator.nuon.app.NuonAppRepository;
import io.apiemulator.nuon.auth.NuonAccount;
import io.apiemulator.nuon.auth.NuonAccountRepository;
import io.apiemulator.nuon.auth.NuonOrg;
import io.apiemulator.nuon.auth.NuonOrgRepository;
import io.apiemulator.nuon.component.NuonComponent;
import io.apiemulator.nuon.component.NuonComponentRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates or updates the orgs of {@code emulator.nuon.orgs} (and of a seed file's {@code nuon} section,
 * same shape): each org with its API tokens, apps and their components. Never deletes anything.
 */
@Component
@Order(2)
class NuonSeeder implements Seeder, SeedSection, StartupAnnouncement {

    static final Set<String> COMPONENT_TYPES = Set.of("terraform_module", "helm_chart", "docker_build",
            "external_image", "job", "kubernetes_manifest");

    private final NuonProperties properties;
    private final NuonOrgRepository orgs;
    private final NuonAccountRepository accounts;
    private final NuonAppRepository apps;
    private final NuonComponentRepository components;
    private final JsonMapper json;
    private final Clock clock;

    NuonSeeder(NuonProperties properties, NuonOrgRepository orgs, NuonAccountRepository accounts,
            NuonAppRepository apps, NuonComponentRepository components, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.orgs = orgs;
        this.accounts = accounts;
        this.apps = apps;
        this.components = components;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seed() {
        properties.orgs().forEach(this::apply);
    }

    @Override
    public String name() {
        return "nuon";
    }

    @Override
    @Transactional
    public void apply(Map<String, Object> section) {
        List<NuonProperties.Org> seeded;
        try {
            seeded = json.convertValue(section, SeedDocument.class).orgs();
        }
        catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidSeedException("nuon: " + e.getMessage());
        }
        if (seeded == null) {
            throw new InvalidSeedException("nuon: expected {\"orgs\": [...]}");
        }
        seeded.forEach(this::apply);
    }

    @Override
    public String describe() {
        return properties.orgs().stream().filter(o -> !o.tokens().isEmpty()).findFirst()
                .map(o -> "nuon token=" + o.tokens().get(0) + " org_id=" + o.id())
                .orElse("nuon: no API token configured");
    }

    private void apply(NuonProperties.Org org) {
        requireId(org.id(), "org");
        orgs.findById(org.id()).ifPresentOrElse(o -> o.rename(nameOf(org.name(), org.id())),
                () -> orgs.save(new NuonOrg(org.id(), nameOf(org.name(), org.id()), clock.instant())));
        for (String token : org.tokens()) {
            if (token == null || token.isBlank() || token.length() > 500) {
                throw new InvalidSeedException("nuon: org " + org.id() + " has an empty or over-long token");
            }
            NuonAccount account = accounts.findByToken(token).orElseGet(() -> {
                String id = NuonIds.random("acc");
                return accounts.save(new NuonAccount(id, token, "api-token+" + id + "@nuon.emulator", clock.instant()));
            });
            account.grant(org.id());
        }
        for (NuonProperties.App app : org.apps()) {
            requireId(app.id(), "app");
            NuonApp stored = apps.findById(app.id())
                    .orElseGet(() -> apps.save(new NuonApp(app.id(), org.id(), nameOf(app.name(), app.id()), clock.instant())));
            requireOwner(stored.getOrgId(), org.id(), "app " + app.id());
            stored.rename(nameOf(app.name(), app.id()));
            app.components().forEach(c -> apply(org.id(), app.id(), c));
        }
    }

    private void apply(String orgId, String appId, NuonProperties.Component component) {
        requireId(component.id(), "component");
        String type = component.type() == null ? "terraform_module" : component.type();
        if (!COMPONENT_TYPES.contains(type)) {
            throw new InvalidSeedException("nuon: component " + component.id() + " has unknown type " + type
                    + "; one of " + COMPONENT_TYPES);
        }
        String name = nameOf(component.name(), component.id());
        NuonComponent stored = components.findById(component.id())
                .orElseGet(() -> components.save(new NuonComponent(component.id(), orgId, appId, name, type, clock.instant())));
        requireOwner(stored.getOrgId() + "/" + stored.getAppId(), orgId + "/" + appId, "component " + component.id());
        stored.update(name, type);
    }

    private static void requireId(String id, String what) {
        if (id == null || !NuonIds.FORMAT.matcher(id).matches()) {
            throw new InvalidSeedException("nuon: " + what + " id " + id
                    + " must be 3 lowercase letters and 23 characters of [0-9a-z]");
        }
    }

    private static void requireOwner(String actual, String expected, String what) {
        if (!actual.equals(expected)) {
            throw new InvalidSeedException("nuon: " + what + " already belongs to " + actual);
        }
    }

    private static String nameOf(String name, String id) {
        if (name != null && name.length() > 200) {
            throw new InvalidSeedException("nuon: the name of " + id + " is longer than 200 characters");
        }
        return name == null || name.isBlank() ? id : name;
    }

    record SeedDocument(List<NuonProperties.Org> orgs) {
    }
}
