package io.apiemulator.mechamental;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedDocuments;
import io.apiemulator.kernel.state.SeedSection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.*;

class MechaMentalSeedingTest extends MechaMentalTest {

    @Autowired
    private MechaMentalSeeding seeding;

    @Autowired
    private SeedDocuments documents;

    @Test
    void isTheMechamentalSectionAndAnnouncement() {
        assertThat(seeding).isInstanceOf(SeedSection.class);
        assertThat(seeding.name()).isEqualTo("mechamental");
        assertThat(seeding.describe())
                .isEqualTo("mechamental token=mm-demo-token org=demo-org workspace=demo-ws app=demo-app");
    }

    @Test
    void seedingAgainChangesNothing() {
        String releases = releasesOf("demo-org", "demo-ws", "demo-app");
        String before = snapshot(releases);
        documents.apply(documents.configured());
        documents.apply(documents.configured());
        assertThat(snapshot(releases)).isEqualTo(before);
        asDemo().get(releases).then().statusCode(200);
    }

    @Test
    void sectionAddsTokensAppsAndReleasesIdempotently() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String token = "seeded-" + suffix;
        String org = "org-" + suffix;
        Map<String, Object> section = Map.of(
                "tokens", List.of(Map.of("token", token, "actor", "ci@example.com", "orgs", List.of(org))),
                "apps", List.of(Map.of("org", org, "workspace", "ws", "app", "web", "releases", List.of(
                        Map.of("release_tag", "v1", "description", "first"),
                        Map.of("release_tag", "v2", "status", "active"),
                        Map.of("release_tag", "v0", "status", "archived")))));
        apply(section);
        apply(section);
        String releases = releasesOf(org, "ws", "web");
        as(token).queryParam("include_archived", true).get(releases).then().statusCode(200)
                .body("total", is(3))
                .body("releases.release_tag", containsInAnyOrder("v0", "v1", "v2"))
                .body("releases.find { it.release_tag == 'v2' }.status", is("active"))
                .body("releases.find { it.release_tag == 'v0' }.status", is("archived"))
                .body("releases.find { it.release_tag == 'v1' }.created_by", is("seed"));
        as(DEMO_TOKEN).get(releases).then().statusCode(403);
    }

    @Test
    void seededActiveReleaseSupersedesTheActiveOneAsActivatingWould() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String token = "seeded-" + suffix;
        String org = "org-" + suffix;
        apply(appWithReleases(token, org, List.of(
                Map.of("release_tag", "v1", "status", "active"),
                Map.of("release_tag", "v2", "status", "active"),
                Map.of("release_tag", "v2", "status", "archived"))));
        String releases = releasesOf(org, "ws", "web");
        String v1 = as(token).get(releases).then().statusCode(200)
                .body("total", is(2))
                .body("releases.find { it.release_tag == 'v1' }.status", is("superseded"))
                .body("releases.find { it.release_tag == 'v1' }.release_number", is(1))
                .body("releases.find { it.release_tag == 'v2' }.status", is("active"))
                .body("releases.find { it.release_tag == 'v2' }.release_number", is(2))
                .extract().path("releases.find { it.release_tag == 'v1' }.release_id");
        as(token).get(releases + "/active").then().statusCode(200)
                .body("release_tag", is("v2"))
                .body("previous_release_id", is(v1))
                .body("activated_by", is("seed"));

        // onto an app that has releases: the stored active one is superseded
        apply(appWithReleases(token, org, List.of(Map.of("release_tag", "v3", "status", "active"))));
        as(token).get(releases + "/active").then().statusCode(200)
                .body("release_tag", is("v3"))
                .body("release_number", is(3));
        as(token).get(releases).then().statusCode(200)
                .body("releases.find { it.release_tag == 'v2' }.status", is("superseded"));
    }

    private static Map<String, Object> appWithReleases(String token, String org, List<Map<String, String>> releases) {
        return Map.of("tokens", List.of(Map.of("token", token, "orgs", List.of(org))),
                "apps", List.of(Map.of("org", org, "workspace", "ws", "app", "web", "releases", releases)));
    }

    @Test
    void badSectionIsRefusedWholeAndWritesNothing() {
        String token = "bad-" + UUID.randomUUID();
        Map<String, Object> section = Map.of(
                "tokens", List.of(Map.of("token", token, "orgs", List.of("x"))),
                "apps", List.of(Map.of("org", "x", "workspace", "w")));
        assertThatThrownBy(() -> apply(section)).isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("app");
        as(token).get(releasesOf("x", "w", "a")).then().statusCode(401);
        assertThatThrownBy(() -> apply(Map.of("tokens", "nope"))).isInstanceOf(InvalidSeedException.class);
        assertThatThrownBy(() -> apply(Map.of("apps", List.of(Map.of("org", "x", "workspace", "w", "app", "a",
                "releases", List.of(Map.of("release_tag", "v1", "status", "live")))))))
                .isInstanceOf(InvalidSeedException.class).hasMessageContaining("status");
    }

    private void apply(Map<String, Object> section) {
        documents.apply(documents.bind(Map.of("mechamental", section)));
    }
}
