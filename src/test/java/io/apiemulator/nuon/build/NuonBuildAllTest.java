package io.apiemulator.nuon.build;

import java.util.List;

import io.apiemulator.nuon.NuonApiTest;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** {@code POST /v1/apps/{id}/components/build-all} and the deprecated {@code GET /v1/builds}. */
class NuonBuildAllTest extends NuonApiTest {

    @Test
    void buildAllStartsOneBuildPerComponentThatThenAdvances() {
        Org org = freshOrg();
        String second = addComponent(org, "second");
        String path = "/v1/apps/" + org.app() + "/components/build-all";
        List<String> ids = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "1h").body("{}")
                .post(path).then().statusCode(201)
                .body("component_id", contains(org.component(), second))
                .body("git_ref", everyItem(is("main"))).body("status", everyItem(is("queued")))
                .body("id", everyItem(matchesPattern(ID))).body("releases", everyItem(empty()))
                .extract().path("id");
        as(org).get("/v1/components/" + org.component() + "/builds").then().statusCode(200).body("id", contains(ids.get(0)));
        as(org).get("/v1/components/" + second + "/builds/latest").then().statusCode(200).body("id", is(ids.get(1)));
        // no body at all (with or without a JSON Content-Type) is fine too; instant builds are active at once
        as(org).noContentType().header("X-Emulator-Step-Duration", "0s").post(path).then().statusCode(201)
                .body("size()", is(2));
        List<String> instant = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                .post(path).then().statusCode(201).body("status", everyItem(is("active"))).extract().path("id");
        as(org).get("/v1/components/builds/" + instant.get(1)).then().statusCode(200).body("status", is("active"));
        release(org, "{\"build_id\":\"" + instant.get(0) + "\"}", "0s");
    }

    @Test
    void appWithoutComponentsGetsAnEmptyList() {
        Org org = freshOrg();
        as(org).delete("/v1/components/" + org.component()).then().statusCode(200);
        as(org).contentType("application/json").body("{}").post("/v1/apps/" + org.app() + "/components/build-all")
                .then().statusCode(201).body("", empty());
    }

    @Test
    void buildAllRejectsBadInputAndForeignApps() {
        Org org = freshOrg();
        String path = "/v1/apps/" + org.app() + "/components/build-all";
        for (String body : List.of("[]", "5", "{not json", "\"x\"")) {
            as(org).contentType("application/json").body(body).post(path).then().statusCode(400)
                    .body("error", is("invalid request format"));
        }
        as(org).contentType("application/json").header("X-Emulator-Step-Duration", "soon").body("{}").post(path)
                .then().statusCode(400);
        as(org).contentType("text/plain").body("{}").post(path).then().statusCode(415);
        as(org).get("/v1/components/" + org.component() + "/builds").then().statusCode(200).body("", empty());
        as(org).contentType("application/json").body("{}").post("/v1/apps/" + DEMO_APP + "/components/build-all")
                .then().statusCode(404).body("error", is("not found"));
        as(org).contentType("application/json").body("{}").post("/v1/apps/appnope00000000000000000000/components/build-all")
                .then().statusCode(404);
        given().post(path).then().statusCode(401);
    }

    @Test
    void deprecatedBuildListFiltersByComponentOrApp() {
        Org org = freshOrg();
        String second = addComponent(org, "second");
        String first = activeBuild(org);
        String other = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + second + "/builds").then().statusCode(201)
                .extract().path("id");
        as(org).queryParam("component_id", org.component()).get("/v1/builds").then().statusCode(200)
                .body("id", contains(first)).header("X-Nuon-Page-Next", "false");
        as(org).queryParam("app_id", org.app()).get("/v1/builds").then().statusCode(200)
                .body("id", contains(other, first)).body("component_id", contains(second, org.component()));
        as(org).queryParam("app_id", org.app()).queryParam("limit", 1).queryParam("page", 2).get("/v1/builds")
                .then().statusCode(200).body("id", contains(first)).header("X-Nuon-Page-Number", "2");
        // component_id wins over app_id, as in Nuon
        as(org).queryParam("component_id", second).queryParam("app_id", "appnope00000000000000000000")
                .get("/v1/builds").then().statusCode(200).body("id", contains(other));
    }

    @Test
    void deprecatedBuildListErrors() {
        Org org = freshOrg();
        as(org).get("/v1/builds").then().statusCode(400).body("description", containsString("component_id"));
        as(org).queryParam("component_id", "cmpnope00000000000000000000").get("/v1/builds").then().statusCode(404);
        as(org).queryParam("component_id", DEMO_COMPONENT).get("/v1/builds").then().statusCode(404);
        as(org).queryParam("app_id", DEMO_APP).get("/v1/builds").then().statusCode(200).body("", empty());
        as(org).queryParam("app_id", org.app()).queryParam("limit", "abc").get("/v1/builds").then().statusCode(400);
    }
}
