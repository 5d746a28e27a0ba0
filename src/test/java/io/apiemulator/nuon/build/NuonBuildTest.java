package io.apiemulator.nuon.build;

import java.util.ArrayList;
import java.util.List;

import io.apiemulator.nuon.NuonApiTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class NuonBuildTest extends NuonApiTest {

    @Test
    void createAnswersTheFullComponentBuildQueuedAtFirst() {
        Org org = freshOrg();
        as(org).contentType("application/json").header("X-Emulator-Step-Duration", "1h")
                .body("{\"git_ref\":\"v1.2.3\"}").post("/v1/components/" + org.component() + "/builds")
                .then().statusCode(201)
                .body("id", matchesPattern(ID)).body("id", startsWith("bld"))
                .body("component_id", is(org.component())).body("component_name", is("fresh-component"))
                .body("git_ref", is("v1.2.3"))
                .body("status", is("queued")).body("status_description", is("queued and waiting for runner to pick up"))
                .body("status_v2.status", is("queued")).body("status_v2.history", empty())
                .body("created_by.id", matchesPattern(ID)).body("created_by_id", matchesPattern(ID))
                .body("created_by.org_ids", contains(org.id()))
                .body("component_config_connection.component_id", is(org.component()))
                .body("component_config_connection.terraform_module.public_git_vcs_config.branch", is("main"))
                .body("component_config_connection.helm", nullValue())
                .body("component_config_connection.type", is("terraform_module"))
                .body("runner_job.status", is("queued")).body("runner_job.owner_id", not(emptyOrNullString()))
                .body("log_stream.open", is(true)).body("log_stream.org_id", is(org.id()))
                .body("releases", empty()).body("install_deploys", empty())
                .body("", hasKey("vcs_connection_commit"))
                .body("checksum", matchesPattern("^[0-9a-f]{64}$"));
    }

    @Test
    void instantBuildIsActiveWithItsHistory() {
        Org org = freshOrg();
        String id = activeBuild(org);
        as(org).get("/v1/components/builds/" + id).then().statusCode(200)
                .body("status", is("active")).body("status_description", is("build is active and ready to be deployed"))
                .body("status_v2.status", is("active"))
                .body("status_v2.history.status", contains("queued", "planning", "building"))
                .body("runner_job.status", is("finished")).body("log_stream.open", is(false));
    }

    /** Polls a real (2s per step) build to the end; its history proves each step lasted one step duration. */
    @Test
    void statusAdvancesWithTheClock() throws InterruptedException {
        Org org = freshOrg();
        String id = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "2s")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + org.component() + "/builds")
                .then().statusCode(201).body("status", is("queued")).extract().path("id");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 300 && !seen.contains("active"); i++) {
            String status = as(org).get("/v1/components/builds/" + id).then().statusCode(200).extract().path("status");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            Thread.sleep(100);
        }
        assertThat(seen).last().isEqualTo("active");
        assertThat(List.of("queued", "planning", "building", "active")).containsSubsequence(seen);
        List<Integer> at = as(org).get("/v1/components/builds/" + id).then().statusCode(200)
                .body("status_v2.history.status", contains("queued", "planning", "building"))
                .extract().path("status_v2.history.created_at_ts");
        assertThat(at.get(1) - at.get(0)).isEqualTo(2);
        assertThat(at.get(2) - at.get(1)).isEqualTo(2);
    }

    @Test
    void failRefEndsInError() {
        Org org = freshOrg();
        as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"fail-please\"}").post("/v1/components/" + org.component() + "/builds")
                .then().statusCode(201).body("status", is("error")).body("status_v2.status", is("error"))
                .body("runner_job.status", is("failed")).body("status_description", containsString("fail-please"));
    }

    @Test
    void useLatestBuildsMain() {
        Org org = freshOrg();
        as(org).contentType("application/json").body("{\"use_latest\":true}")
                .post("/v1/components/" + org.component() + "/builds").then().statusCode(201).body("git_ref", is("main"));
    }

    @Test
    void badInputIs400AndCreatesNothing() {
        Org org = freshOrg();
        String path = "/v1/components/" + org.component() + "/builds";
        for (String body : List.of("{}", "{\"use_latest\":false}", "{\"git_ref\":5}", "{\"git_ref\":\"\"}",
                "{\"use_latest\":\"yes\"}", "{not json", "[]", "{\"git_ref\":\"" + "x".repeat(256) + "\"}")) {
            as(org).contentType("application/json").body(body).post(path).then().statusCode(400)
                    .body("error", is("invalid request format")).body("user_error", is(true));
        }
        as(org).contentType("application/json").body("{\"git_ref\":\"main\"}").header("X-Emulator-Step-Duration", "soon")
                .post(path).then().statusCode(400);
        as(org).contentType("text/plain").body("{\"git_ref\":\"main\"}").post(path).then().statusCode(415)
                .body("user_error", is(true));
        as(org).get(path).then().statusCode(200).body("", empty());
    }

    @Test
    void unknownOrForeignComponentIs404() {
        asDemo().contentType("application/json").body("{\"git_ref\":\"main\"}")
                .post("/v1/components/cmpnope00000000000000000000/builds").then().statusCode(404)
                .body("error", is("not found"));
        asDemo().contentType("application/json").body("{\"git_ref\":\"main\"}")
                .post("/v1/components/" + OTHER_COMPONENT + "/builds").then().statusCode(404);
    }

    @Test
    void latestIs404WithoutBuildsThenTheNewest() {
        Org org = freshOrg();
        String path = "/v1/components/" + org.component() + "/builds/latest";
        as(org).get(path).then().statusCode(404).body("error", is("not found"));
        activeBuild(org);
        String newest = activeBuild(org);
        as(org).get(path).then().statusCode(200).body("id", is(newest));
        as(org).get("/v1/apps/" + org.app() + "/components/" + org.component() + "/builds/latest")
                .then().statusCode(200).body("id", is(newest));
    }

    @Test
    void buildsAreInvisibleToOtherOrgs() {
        Org org = freshOrg();
        String id = activeBuild(org);
        asDemo().get("/v1/components/builds/" + id).then().statusCode(404).body("error", is("not found"));
        as(org).get("/v1/components/builds/bldnope00000000000000000000").then().statusCode(404);
    }

    @Test
    void appScopedBuildEndpoints() {
        Org org = freshOrg();
        String base = "/v1/apps/" + org.app() + "/components/" + org.component() + "/builds";
        String id = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"main\"}").post(base).then().statusCode(201)
                .body("component_id", is(org.component())).extract().path("id");
        as(org).get(base + "/" + id).then().statusCode(200).body("id", is(id));
        as(org).get("/v1/components/" + org.component() + "/builds/" + id).then().statusCode(200).body("id", is(id));
        as(org).get(base).then().statusCode(200).body("id", contains(id));
        // the component exists, but not in that app
        as(org).get("/v1/apps/" + DEMO_APP + "/components/" + org.component() + "/builds").then().statusCode(404);
        as(org).get("/v1/apps/appnope00000000000000000000/components/" + org.component() + "/builds")
                .then().statusCode(404);
        as(org).get("/v1/components/" + DEMO_COMPONENT + "/builds/" + id).then().statusCode(404);
    }

    @Test
    void componentShowsItsLatestBuild() {
        Org org = freshOrg();
        as(org).get("/v1/components/" + org.component()).then().statusCode(200)
                .body("latest_build", nullValue()).body("type", is("terraform_module"));
        String id = activeBuild(org);
        as(org).get("/v1/components/" + org.component()).then().statusCode(200).body("latest_build.id", is(id));
    }
}
