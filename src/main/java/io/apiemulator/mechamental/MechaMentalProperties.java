package io.apiemulator.mechamental;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.mechamental.*}: the bearer tokens (each with the orgs it may access and the actor name
 * written to {@code created_by}/{@code activated_by}), the apps seeded at start-up, and whether an unknown
 * workspace/app of an accessible org springs into existence on first write ({@code auto-create-apps}).
 */
@ConfigurationProperties("emulator.mechamental")
public record MechaMentalProperties(boolean autoCreateApps, List<Token> tokens, List<App> apps) {

    public MechaMentalProperties {
        tokens = tokens == null ? List.of() : tokens;
        apps = apps == null ? List.of() : apps;
    }

    public boolean autoCreate() {
        return autoCreateApps;
    }

    public record Token(String token, String actor, List<String> orgs) {

        public Token {
            orgs = orgs == null ? List.of() : orgs;
        }
    }

    public record App(String org, String workspace, String app) {
    }
}
