package io.apiemulator.mechamental.release;

import java.util.List;

import io.apiemulator.mechamental.MechaMentalTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Every action on a release in every status, as the table on {@link ReleaseLifecycle} says. */
class ReleaseLifecycleTest extends MechaMentalTest {

    /** An app whose release {@code target} is in the wanted status, next to another release {@code other}. */
    private record Setup(String releases, String target, String other) {
    }

    private Setup releaseIn(String status) {
        String releases = newApp();
        String target;
        String other;
        switch (status) {
            case "draft", "archived" -> {
                other = draft(releases, "other");
                action(releases, other, "activate").then().statusCode(200);
                target = draft(releases, "target");
                if (status.equals("archived")) {
                    action(releases, target, "archive").then().statusCode(200);
                }
            }
            case "active" -> {
                other = draft(releases, "other");
                action(releases, other, "activate").then().statusCode(200);
                target = draft(releases, "target");
                action(releases, target, "activate").then().statusCode(200);
            }
            case "superseded" -> {
                target = draft(releases, "target");
                action(releases, target, "activate").then().statusCode(200);
                other = draft(releases, "other");
                action(releases, other, "activate").then().statusCode(200);
            }
            default -> throw new IllegalArgumentException(status);
        }
        assertThat(statusOf(releases, target)).isEqualTo(status);
        return new Setup(releases, target, other);
    }

    private Response perform(Setup s, String action) {
        return action.equals("delete") ? asDemo().delete(s.releases() + "/" + s.target())
                : action(s.releases(), s.target(), action);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}, target {3}, other {4}")
    @CsvSource({
            // status,  action,   http, target after, other after
            "draft,      activate, 200, active,     superseded",
            "draft,      rollback, 409, draft,      active",
            "draft,      archive,  200, archived,   active",
            "draft,      delete,   200, gone,       active",
            "active,     activate, 200, active,     superseded",
            "active,     rollback, 200, superseded, active",
            "active,     archive,  409, active,     superseded",
            "active,     delete,   409, active,     superseded",
            "superseded, activate, 200, active,     superseded",
            "superseded, rollback, 200, active,     superseded",
            "superseded, archive,  200, archived,   active",
            "superseded, delete,   200, gone,       active",
            "archived,   activate, 409, archived,   active",
            "archived,   rollback, 409, archived,   active",
            "archived,   archive,  200, archived,   active",
            "archived,   delete,   200, gone,       active",
    })
    void transition(String status, String action, int http, String targetAfter, String otherAfter) {
        Setup s = releaseIn(status);
        String before = snapshot(s.releases());
        Response response = perform(s, action);
        response.then().statusCode(http);
        if (http == 409) {
            response.then().body("error", is("CONFLICT")).body("details.release_id", is(s.target()))
                    .body("details.status", is(status)).body("message", containsString("target"));
            assertThat(snapshot(s.releases())).as("a refused transition changes nothing").isEqualTo(before);
        }
        if (targetAfter.equals("gone")) {
            asDemo().get(s.releases() + "/" + s.target()).then().statusCode(404);
        }
        else {
            assertThat(statusOf(s.releases(), s.target())).isEqualTo(targetAfter);
        }
        assertThat(statusOf(s.releases(), s.other())).isEqualTo(otherAfter);
        exactlyOneActive(s.releases());
    }

    /** The list, {@code active_release_id} and {@code GET .../active} agree on a single active release. */
    private void exactlyOneActive(String releases) {
        var list = asDemo().queryParam("include_archived", true).queryParam("limit", 200).get(releases)
                .then().statusCode(200).extract().jsonPath();
        List<String> active = list.getList("releases.findAll { it.status == 'active' }.release_id");
        assertThat(active).hasSize(1);
        assertThat(list.getString("active_release_id")).isEqualTo(active.get(0));
        asDemo().get(releases + "/active").then().statusCode(200).body("release_id", is(active.get(0)));
    }

    @Test
    void activatingTheActiveReleaseIsIdempotent() {
        Setup s = releaseIn("active");
        var first = asDemo().get(s.releases() + "/" + s.target()).then().extract().jsonPath();
        action(s.releases(), s.target(), "activate").then().statusCode(200)
                .body("message", containsString("already active"))
                .body("release.activated_at", is(first.getString("activated_at")))
                .body("previous_active_release_id", is(s.other()));
    }
}
