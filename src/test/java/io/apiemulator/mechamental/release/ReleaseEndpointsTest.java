package io.apiemulator.mechamental.release;

import java.util.Map;

import io.apiemulator.mechamental.MechaMentalTest;
import io.apiemulator.support.Contracts;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class ReleaseEndpointsTest extends MechaMentalTest {

    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}";

    @Test
    void createReturnsTheFullDraftRelease() {
        String releases = newApp();
        asDemo().contentType("application/json")
                .body(Map.of("release_tag", "v1.0.0", "description", "first", "change_log", "initial", "extra", 1))
                .post(releases)
                .then().statusCode(201)
                .body("release_id", matchesPattern("rel_[0-9a-z]{24}"))
                .body("org_id", is("demo-org")).body("workspace_id", is("demo-ws"))
                .body("app_id", is(releases.split("/")[7]))
                .body("release_tag", is("v1.0.0")).body("release_number", is(1)).body("status", is("draft"))
                .body("description", is("first")).body("change_log", is("initial"))
                .body("endpoint_count", is(0)).body("augmentation_count", is(0))
                .body("endpoints", empty()).body("augmentations", empty())
                .body("activated_at", nullValue()).body("activated_by", nullValue())
                .body("previous_release_id", nullValue())
                .body("created_at", matchesPattern(TIMESTAMP + "Z")).body("created_by", is(DEMO_ACTOR));
    }

    @Test
    void releaseNumbersCountUpPerAppAndAreNotReusedAfterDelete() {
        String releases = newApp();
        String first = draft(releases, "a");
        create(releases, "b").then().body("release_number", is(2));
        asDemo().delete(releases + "/" + first).then().statusCode(200);
        create(releases, "c").then().body("release_number", is(3));
        create(newApp(), "a").then().statusCode(201).body("release_number", is(1));
    }

    @Test
    void duplicateTagIs409AndChangesNothing() {
        String releases = newApp();
        draft(releases, "v1");
        String before = snapshot(releases);
        create(releases, "v1").then().statusCode(409)
                .body("error", is("CONFLICT")).body("status_code", is(409))
                .body("message", containsString("v1")).body("details.release_tag", is("v1"))
                .body("timestamp", matchesPattern(TIMESTAMP));
        assertThat(snapshot(releases)).isEqualTo(before);
        create(newApp(), "v1").then().statusCode(201);
    }

    @Test
    void getAndActiveReturnTheDetail() {
        String releases = newApp();
        String id = draft(releases, "v1");
        asDemo().get(releases + "/" + id).then().statusCode(200)
                .body("release_id", is(id)).body("status", is("draft")).body("endpoints", empty());
        asDemo().get(releases + "/active").then().statusCode(404)
                .body("error", is("RESOURCE_NOT_FOUND")).body("details.resource_type", is("release"));
        action(releases, id, "activate").then().statusCode(200);
        asDemo().get(releases + "/active").then().statusCode(200)
                .body("release_id", is(id)).body("status", is("active"))
                .body("activated_by", is(DEMO_ACTOR)).body("activated_at", matchesPattern(TIMESTAMP + "Z"));
    }

    @Test
    void activateAnswersTheSeedsShape() {
        String releases = newApp();
        String v1 = draft(releases, "v1");
        String v2 = draft(releases, "v2");
        action(releases, v1, "activate").then().statusCode(200)
                .body("message", containsString("v1")).body("release.release_id", is(v1))
                .body("release.status", is("active")).body("previous_active_release_id", nullValue())
                .body("release", not(hasKey("endpoints")));
        action(releases, v2, "activate").then().statusCode(200)
                .body("release.release_id", is(v2)).body("previous_active_release_id", is(v1));
        assertThat(statusOf(releases, v1)).isEqualTo("superseded");
        asDemo().get(releases + "/" + v2).then().body("previous_release_id", is(v1));
    }

    @Test
    void rollbackOfTheActiveReleaseReactivatesItsPredecessor() {
        String releases = newApp();
        String v1 = draft(releases, "v1");
        String v2 = draft(releases, "v2");
        action(releases, v1, "activate");
        action(releases, v2, "activate");
        action(releases, v2, "rollback").then().statusCode(200)
                .body("release.release_id", is(v1)).body("release.status", is("active"))
                .body("previous_active_release_id", is(v2)).body("message", not(emptyString()));
        assertThat(statusOf(releases, v2)).isEqualTo("superseded");
        // v1 was the first release ever active: nothing earlier to go back to
        action(releases, v1, "rollback").then().statusCode(409).body("error", is("CONFLICT"))
                .body("message", containsString("no earlier active release")).body("details.release_id", is(v1));
    }

    @Test
    void repeatedRollbacksWalkBackTheHistory() {
        String releases = newApp();
        String v1 = draft(releases, "v1");
        String v2 = draft(releases, "v2");
        String v3 = draft(releases, "v3");
        action(releases, v1, "activate");
        action(releases, v2, "activate");
        action(releases, v3, "activate");
        action(releases, v3, "rollback").then().statusCode(200).body("release.release_id", is(v2));
        action(releases, v2, "rollback").then().statusCode(200).body("release.release_id", is(v1));
        asDemo().get(releases + "/active").then().body("release_id", is(v1));
    }

    @Test
    void rollbackToASupersededReleaseReactivatesIt() {
        String releases = newApp();
        String v1 = draft(releases, "v1");
        String v2 = draft(releases, "v2");
        String v3 = draft(releases, "v3");
        action(releases, v1, "activate");
        action(releases, v2, "activate");
        action(releases, v3, "activate");
        action(releases, v1, "rollback").then().statusCode(200)
                .body("release.release_id", is(v1)).body("previous_active_release_id", is(v3))
                .body("message", containsString("v1"));
        asDemo().get(releases).then().body("active_release_id", is(v1))
                .body("releases.findAll { it.status == 'active' }.release_id", contains(v1));
    }

    @Test
    void archiveHidesTheReleaseFromListsButKeepsItReadable() {
        String releases = newApp();
        String v1 = draft(releases, "v1");
        String v2 = draft(releases, "v2");
        action(releases, v1, "archive").then().statusCode(200)
                .body("release_id", is(v1)).body("status", is("archived")).body("$", not(hasKey("endpoints")));
        asDemo().get(releases).then().statusCode(200)
                .body("total", is(1)).body("releases.release_id", contains(v2));
        asDemo().queryParam("include_archived", true).get(releases).then().statusCode(200)
                .body("total", is(2)).body("releases.release_id", containsInAnyOrder(v1, v2));
        asDemo().get(releases + "/" + v1).then().statusCode(200).body("status", is("archived"));
    }

    @Test
    void deleteAnswersAnEmptyObjectAndTheReleaseIsGone() {
        String releases = newApp();
        String id = draft(releases, "v1");
        asDemo().delete(releases + "/" + id).then().statusCode(200).body("size()", is(0));
        asDemo().get(releases + "/" + id).then().statusCode(404)
                .body("details.resource_type", is("release")).body("details.resource_id", is(id));
        asDemo().delete(releases + "/" + id).then().statusCode(404);
        // the tag is free again
        create(releases, "v1").then().statusCode(201);
    }

    @Test
    void unknownReleaseIs404OnEveryEndpoint() {
        String releases = newApp();
        draft(releases, "v1");
        for (String action : new String[] {"activate", "rollback", "archive"}) {
            action(releases, "rel_nope", action).then().statusCode(404)
                    .body("error", is("RESOURCE_NOT_FOUND")).body("status_code", is(404))
                    .body("details.resource_id", is("rel_nope"));
        }
        asDemo().get(releases + "/rel_nope").then().statusCode(404);
        asDemo().delete(releases + "/rel_nope").then().statusCode(404);
    }

    @Test
    void releaseOfAnotherAppIsNotFound() {
        String releases = newApp();
        String id = draft(releases, "v1");
        String otherApp = newApp();
        asDemo().get(otherApp + "/" + id).then().statusCode(404);
        action(otherApp, id, "activate").then().statusCode(404);
        asDemo().delete(otherApp + "/" + id).then().statusCode(404);
        assertThat(statusOf(releases, id)).isEqualTo("draft");
    }

    @Test
    void readsOfAnUnknownAppCreateNothingAndAnswerEmpty() {
        String releases = newApp();
        asDemo().get(releases).then().statusCode(200)
                .body("total", is(0)).body("has_more", is(false)).body("next_cursor", nullValue())
                .body("releases", empty()).body("active_release_id", nullValue());
        asDemo().get(releases + "/active").then().statusCode(404);
        asDemo().get(releases + "/rel_x").then().statusCode(404);
        action(releases, "rel_x", "activate").then().statusCode(404);
    }

    @Test
    void seededDemoAppExists() {
        asDemo().get(releasesOf("demo-org", "demo-ws", "demo-app")).then().statusCode(200);
    }

    @Test
    void missingOrUnknownTokenIs401() {
        String releases = newApp();
        given().filter(Contracts.mechamental()).get(releases).then().statusCode(401)
                .body("error", is("AUTHENTICATION_FAILED")).body("status_code", is(401))
                .body("details", anEmptyMap()).body("timestamp", matchesPattern(TIMESTAMP));
        as("nope").get(releases).then().statusCode(401).body("error", is("AUTHENTICATION_FAILED"));
        given().filter(Contracts.mechamental()).header("Authorization", "Basic bW06bW0=").get(releases)
                .then().statusCode(401);
        given().filter(Contracts.mechamental()).contentType("application/json").body(Map.of("release_tag", "x"))
                .post(releases).then().statusCode(401);
        asDemo().get(releases).then().body("total", is(0));
    }

    @Test
    void anotherOrgsTokenIs403AndLearnsNothing() {
        String releases = newApp();
        String id = draft(releases, "secret-tag");
        String before = snapshot(releases);
        as(OTHER_TOKEN).get(releases).then().statusCode(403)
                .body("error", is("FORBIDDEN")).body("status_code", is(403))
                .body("details.required_permission", is("org:read"))
                .body(not(containsString("secret-tag")));
        as(OTHER_TOKEN).get(releases + "/" + id).then().statusCode(403).body(not(containsString(id)));
        // an unknown release of the foreign org answers exactly like a known one: no existence oracle
        as(OTHER_TOKEN).get(releases + "/rel_unknown").then().statusCode(403);
        as(OTHER_TOKEN).get(releases + "/active").then().statusCode(403);
        as(OTHER_TOKEN).contentType("application/json").body(Map.of("release_tag", "x")).post(releases)
                .then().statusCode(403).body("details.required_permission", is("org:write"));
        for (String action : new String[] {"activate", "rollback", "archive"}) {
            as(OTHER_TOKEN).post(releases + "/" + id + "/" + action).then().statusCode(403);
        }
        as(OTHER_TOKEN).delete(releases + "/" + id).then().statusCode(403);
        as(OTHER_TOKEN).get("/v1/orgs/demo-org/workspaces/demo-ws").then().statusCode(403);
        assertThat(snapshot(releases)).isEqualTo(before);
        // an encoded org id is the same org to the token check as to the controller
        as(OTHER_TOKEN).urlEncodingEnabled(false).get("/v1/orgs/demo%2Dorg/workspaces/demo-ws/apps/x/releases")
                .then().statusCode(403);
        asDemo().urlEncodingEnabled(false).get("/v1/orgs/demo%2Dorg/workspaces/demo-ws/apps/x/releases")
                .then().statusCode(200);
        // and the other token works in its own org
        as(OTHER_TOKEN).get(releasesOf("other-org", "other-ws", "other-app")).then().statusCode(200);
    }

    @Test
    void wrongContentTypeIs415() {
        String releases = newApp();
        asDemo().contentType("text/plain").body("release_tag=v1").post(releases).then().statusCode(415)
                .body("error", is("UNSUPPORTED_MEDIA_TYPE")).body("status_code", is(415));
        asDemo().get(releases).then().body("total", is(0));
    }

    @Test
    void unsupportedMethodIs405() {
        String releases = newApp();
        given().auth().oauth2(DEMO_TOKEN).put(releases).then().statusCode(405)
                .body("error", is("METHOD_NOT_ALLOWED")).body("status_code", is(405));
        given().auth().oauth2(DEMO_TOKEN).get(releases + "/rel_x/activate").then().statusCode(405)
                .body("error", is("METHOD_NOT_ALLOWED"));
    }

    @Test
    void unknownPathUnderOrgsIsAMechaMental404() {
        given().auth().oauth2(DEMO_TOKEN).get("/v1/orgs/demo-org/nothing-here").then().statusCode(404)
                .body("error", is("RESOURCE_NOT_FOUND")).body("status_code", is(404));
    }
}
