package io.apiemulator.nuon;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.nuon.*}: how long each build/release status lasts, the share of builds that fail, and the
 * orgs seeded at start-up with their API tokens, apps and components (the seed file's {@code nuon} section
 * has the same shape).
 */
@ConfigurationProperties("emulator.nuon")
public record NuonProperties(Duration stepDuration, double failureRate, List<Org> orgs) {

    public NuonProperties {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("emulator.nuon.failure-rate must be between 0 and 1");
        }
        orgs = orgs == null ? List.of() : orgs;
    }

    public record Org(String id, String name, List<String> tokens, List<App> apps) {

        public Org {
            tokens = tokens == null ? List.of() : tokens;
            apps = apps == null ? List.of() : apps;
        }
    }

    public record App(String id, String name, List<Component> components) {

        public App {
            components = components == null ? List.of() : components;
        }
    }

    /** {@code type} is a Nuon component type ({@code terraform_module}, {@code helm_chart}, ...). */
    public record Component(String id, String name, String type) {
    }
}
