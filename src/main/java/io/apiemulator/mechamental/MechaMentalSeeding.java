package io.apiemulator.mechamental;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.error.ApiException;
import io.apiemulator.kernel.startup.StartupAnnouncement;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.kernel.state.Seeder;
import io.apiemulator.mechamental.MechaMentalProperties.App;
import io.apiemulator.mechamental.MechaMentalProperties.Token;
import io.apiemulator.mechamental.app.AppRef;
import io.apiemulator.mechamental.app.Apps;
import io.apiemulator.mechamental.auth.ApiToken;
import io.apiemulator.mechamental.auth.ApiTokenRepository;
import io.apiemulator.mechamental.release.NewRelease;
import io.apiemulator.mechamental.release.ReleaseLifecycle;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MechaMental's starting state: the tokens and apps of {@code emulator.mechamental.*} at start-up and after a
 * reset, and the {@code mechamental} section of a seed file, which may also list releases:
 * <pre>
 * mechamental:
 *   tokens: [{token: t1, actor: ci@example.com, orgs: [org-a]}]
 *   apps:
 *     - {org: org-a, workspace: ws, app: web,
 *        releases: [{release_tag: v1, description: first, status: active}]}   # status: draft|active|archived
 * </pre>
 * Everything is created or updated, never duplicated; a release whose tag exists is left as it is.
 */
@Component
@Order(3)
class MechaMentalSeeding implements Seeder, SeedSection, StartupAnnouncement {

    private static final String SEED_ACTOR = "seed";

    private final MechaMentalProperties properties;
    private final ApiTokenRepository tokens;
    private final Apps apps;
    private final ReleaseLifecycle releases;

    MechaMentalSeeding(MechaMentalProperties properties, ApiTokenRepository tokens, Apps apps,
            ReleaseLifecycle releases) {
        this.properties = properties;
        this.tokens = tokens;
        this.apps = apps;
        this.releases = releases;
    }

    @Override
    public void seed() {
        properties.tokens().forEach(this::saveToken);
        properties.apps().forEach(a -> apps.seed(new AppRef(a.org(), a.workspace(), a.app())));
    }

    @Override
    public String name() {
        return "mechamental";
    }

    /** Parses the whole section before writing anything, so a bad section leaves nothing behind. */
    @Override
    public void apply(Map<String, Object> section) {
        List<Token> newTokens = maps(section, "tokens").stream().map(MechaMentalSeeding::token).toList();
        List<SeededApp> newApps = maps(section, "apps").stream().map(MechaMentalSeeding::app).toList();
        newTokens.forEach(this::saveToken);
        for (SeededApp app : newApps) {
            apps.seed(app.ref());
            app.releases().forEach(r -> releases.seed(app.ref(), r.content(), r.status(), SEED_ACTOR));
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

    private void saveToken(Token t) {
        var orgs = new LinkedHashSet<>(t.orgs());
        String actor = t.actor() == null ? t.token() : t.actor();
        tokens.findById(t.token()).ifPresentOrElse(existing -> {
            existing.update(actor, orgs);
            tokens.save(existing);
        }, () -> tokens.save(new ApiToken(t.token(), actor, orgs)));
    }

    private record SeededRelease(NewRelease content, String status) {
    }

    private record SeededApp(AppRef ref, List<SeededRelease> releases) {
    }

    private static Token token(Map<String, Object> m) {
        List<String> orgs = new ArrayList<>();
        Object listed = m.get("orgs");
        if (listed != null && !(listed instanceof List<?>)) {
            throw new InvalidSeedException("mechamental.tokens[].orgs must be a list");
        }
        for (Object org : listed == null ? List.of() : (List<?>) listed) {
            orgs.add(text(org, "orgs"));
        }
        return new Token(required(m, "token"), optional(m, "actor"), orgs);
    }

    private static SeededApp app(Map<String, Object> m) {
        AppRef ref = new AppRef(required(m, "org"), required(m, "workspace"), required(m, "app"));
        List<SeededRelease> seeded = new ArrayList<>();
        for (Map<String, Object> r : maps(m, "releases")) {
            String status = optional(r, "status");
            if (status != null && !List.of("draft", "active", "archived").contains(status)) {
                throw new InvalidSeedException("mechamental.apps[].releases[].status must be draft, active or archived");
            }
            NewRelease content = new NewRelease(required(r, "release_tag"), optional(r, "description"),
                    optional(r, "change_log"));
            try {
                content.validated();
            }
            catch (ApiException e) {
                throw new InvalidSeedException("mechamental release " + content.releaseTag() + ": " + e.getMessage());
            }
            seeded.add(new SeededRelease(content, status == null ? "draft" : status));
        }
        return new SeededApp(ref, seeded);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
        Object value = m == null ? null : m.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new InvalidSeedException("mechamental." + key + " must be a list");
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new InvalidSeedException("mechamental." + key + " must be a list of objects");
            }
            maps.add((Map<String, Object>) map);
        }
        return maps;
    }

    private static String required(Map<String, Object> m, String key) {
        String value = optional(m, key);
        if (value == null || value.isBlank()) {
            throw new InvalidSeedException("mechamental: '" + key + "' is required");
        }
        return value;
    }

    private static String optional(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? null : text(value, key);
    }

    private static String text(Object value, String key) {
        if (!(value instanceof String s)) {
            throw new InvalidSeedException("mechamental: '" + key + "' must be a string");
        }
        return s;
    }
}
