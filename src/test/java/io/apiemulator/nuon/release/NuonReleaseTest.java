package io.apiemulator.nuon.release;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.apiemulator.nuon.NuonApiTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class NuonReleaseTest extends NuonApiTest {

    @Test
    void instantReleaseRunsEveryStepToActive() {
        Org org = freshOrg();
        String build = activeBuild(org);
        String id = release(org, "{\"build_id\":\"" + build + "\",\"install_ids\":[\"inst1\",\"inst2\",\"inst3\"],"
                + "\"strategy\":{\"installs_per_step\":2,\"delay\":\"1m30s\"}}", "0s");
        as(org).get("/v1/releases/" + id).then().statusCode(200)
                .body("id", matchesPattern(ID)).body("id", startsWith("rel"))
                .body("build_id", is(build)).body("status", is("active"))
                .body("status_description", is("release succeeded")).body("total_release_steps", is(2))
                .body("release_steps.requested_install_ids", contains(List.of("inst1", "inst2"), List.of("inst3")))
                .body("release_steps.delay", everyItem(is("1m30s")))
                .body("release_steps.status", everyItem(is("active")))
                .body("release_steps.component_release_id", everyItem(is(id)))
                .body("release_steps.id", everyItem(matchesPattern(ID)))
                .body("release_steps[0].install_deploys.install_id", contains("inst1", "inst2"))
                .body("release_steps[0].install_deploys.status", everyItem(is("active")))
                .body("release_steps[0].install_deploys.release_id", everyItem(is(id)));
        as(org).get("/v1/releases/" + id + "/steps").then().statusCode(200).body("size()", is(2))
                .header("X-Nuon-Page-Next", "false");
        as(org).get("/v1/components/builds/" + build).then().statusCode(200).body("releases.id", contains(id));
    }

    @Test
    void slowReleaseStartsQueuedWithQueuedSteps() {
        Org org = freshOrg();
        String build = activeBuild(org);
        as(org).contentType("application/json").header("X-Emulator-Step-Duration", "1h")
                .body("{\"build_id\":\"" + build + "\",\"install_ids\":[\"a\"],\"strategy\":{\"delay\":\"30s\"}}")
                .post("/v1/components/" + org.component() + "/releases").then().statusCode(201)
                .body("status", is("queued")).body("status_description", is("queued and waiting for event loop to process"))
                .body("release_steps[0].status", is("queued")).body("release_steps[0].install_deploys", empty())
                .body("release_steps[0].delay", is("30s"));
    }

    @Test
    void stepsWalkTheDocumentedMachine() throws InterruptedException {
        Org org = freshOrg();
        String build = activeBuild(org);
        String id = release(org, "{\"build_id\":\"" + build + "\",\"install_ids\":[\"a\"],"
                + "\"strategy\":{\"delay\":\"1s\"}}", "1s");
        List<String> seen = new ArrayList<>();
        List<String> releaseSeen = new ArrayList<>();
        for (int i = 0; i < 300 && !seen.contains("active"); i++) {
            var body = as(org).get("/v1/releases/" + id).then().statusCode(200).extract();
            addIfNew(seen, body.path("release_steps[0].status"));
            addIfNew(releaseSeen, body.path("status"));
            Thread.sleep(100);
        }
        assertThat(List.of("queued", "waiting_for_delay", "creating_install_deploys",
                "polling_install_deploys", "active")).containsSubsequence(seen);
        assertThat(seen).last().isEqualTo("active");
        assertThat(List.of("queued", "provisioning", "executing_release_steps",
                "active")).containsSubsequence(releaseSeen);
        // provisioning 1s, executing 1s, then the step: delay 1s, creating 1s, polling 1s
        var done = as(org).get("/v1/releases/" + id).then().statusCode(200).body("status", is("active")).extract();
        assertThat(Duration.between(Instant.parse(done.path("created_at")),
                Instant.parse(done.path("updated_at")))).isEqualTo(Duration.ofSeconds(5));
        assertThat((String) done.path("release_steps[0].updated_at")).isEqualTo(done.path("updated_at"));
    }

    @Test
    void failingInstallFailsItsStepAndTheRelease() {
        Org org = freshOrg();
        String build = activeBuild(org);
        String id = release(org, "{\"build_id\":\"" + build + "\",\"install_ids\":[\"ok\",\"fail-1\",\"later\"],"
                + "\"strategy\":{\"installs_per_step\":2}}", "0s");
        as(org).get("/v1/releases/" + id).then().statusCode(200).body("status", is("error"))
                .body("release_steps.status", contains("error", "queued"))
                .body("release_steps[0].install_deploys.status", contains("active", "error"));
    }

    @Test
    void autoBuildWaitsForItsBuild() {
        Org org = freshOrg();
        String id = release(org, "{\"auto_build\":true,\"install_ids\":[\"a\"]}", "0s");
        String build = as(org).get("/v1/releases/" + id).then().statusCode(200).body("status", is("active"))
                .extract().path("build_id");
        as(org).get("/v1/components/builds/" + build).then().statusCode(200).body("git_ref", is("main"));
        as(org).contentType("application/json").header("X-Emulator-Step-Duration", "1h")
                .body("{\"auto_build\":true}").post("/v1/components/" + org.component() + "/releases")
                .then().statusCode(201).body("status", is("queued")).body("total_release_steps", is(0));
    }

    @Test
    void buildThatIsNotActiveIs409() {
        Org org = freshOrg();
        String pending = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "1h")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + org.component() + "/builds")
                .then().statusCode(201).extract().path("id");
        String failed = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"fail-x\"}").post("/v1/components/" + org.component() + "/builds")
                .then().statusCode(201).extract().path("id");
        for (String build : List.of(pending, failed)) {
            as(org).contentType("application/json").body("{\"build_id\":\"" + build + "\"}")
                    .post("/v1/components/" + org.component() + "/releases").then().statusCode(409)
                    .body("error", is("build is not active")).body("user_error", is(true));
        }
        as(org).get("/v1/components/" + org.component() + "/releases").then().statusCode(200).body("", empty());
    }

    @Test
    void badInputIs400AndCreatesNothing() {
        Org org = freshOrg();
        String build = activeBuild(org);
        String path = "/v1/components/" + org.component() + "/releases";
        for (String body : List.of("{}", "{\"auto_build\":false}", "{not json",
                "{\"build_id\":5}", "{\"build_id\":\"" + build + "\",\"install_ids\":\"a\"}",
                "{\"build_id\":\"" + build + "\",\"install_ids\":[\"\"]}",
                "{\"build_id\":\"" + build + "\",\"strategy\":{\"delay\":\"soon\"}}",
                "{\"build_id\":\"" + build + "\",\"strategy\":{\"delay\":\"30\"}}",
                "{\"build_id\":\"" + build + "\",\"strategy\":{\"delay\":\"-5s\"}}",
                "{\"build_id\":\"" + build + "\",\"strategy\":{\"installs_per_step\":-1}}",
                "{\"build_id\":\"" + build + "\",\"strategy\":{\"installs_per_step\":\"2\"}}")) {
            as(org).contentType("application/json").body(body).post(path).then().statusCode(400)
                    .body("error", is("invalid request format"));
        }
        as(org).contentType("application/xml").body("<x/>").post(path).then().statusCode(415);
        as(org).get(path).then().statusCode(200).body("", empty());
    }

    @Test
    void unknownAndForeignIdsAre404() {
        Org org = freshOrg();
        String build = activeBuild(org);
        String id = release(org, "{\"build_id\":\"" + build + "\"}", "0s");
        asDemo().get("/v1/releases/" + id).then().statusCode(404).body("error", is("not found"));
        asDemo().get("/v1/releases/" + id + "/steps").then().statusCode(404);
        as(org).get("/v1/releases/relnope00000000000000000000").then().statusCode(404);
        asDemo().contentType("application/json").body("{\"build_id\":\"" + build + "\"}")
                .post("/v1/components/" + DEMO_COMPONENT + "/releases").then().statusCode(404);
        asDemo().contentType("application/json").body("{\"build_id\":\"" + build + "\"}")
                .post("/v1/components/" + org.component() + "/releases").then().statusCode(404);
        asDemo().get("/v1/components/" + org.component() + "/releases").then().statusCode(200).body("", empty());
        asDemo().get("/v1/apps/" + org.app() + "/releases").then().statusCode(200).body("", empty());
    }

    @Test
    void appListsItsComponentsReleases() {
        Org org = freshOrg();
        String build = activeBuild(org);
        String first = release(org, "{\"build_id\":\"" + build + "\"}", "0s");
        String second = release(org, "{\"build_id\":\"" + build + "\"}", "0s");
        as(org).get("/v1/apps/" + org.app() + "/releases").then().statusCode(200).body("id", contains(second, first))
                .header("X-Nuon-Page-Limit", "10");
    }

    private static void addIfNew(List<String> seen, String status) {
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
            seen.add(status);
        }
    }
}
