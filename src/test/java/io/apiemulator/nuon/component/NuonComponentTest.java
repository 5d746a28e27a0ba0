package io.apiemulator.nuon.component;

import java.util.List;

import io.apiemulator.nuon.NuonApiTest;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.*;

class NuonComponentTest extends NuonApiTest {

    @Test
    void patchRenamesSetsTheVarNameAndReplacesDependencies() {
        Org org = freshOrg();
        String other = addComponent(org, "db");
        String path = "/v1/components/" + org.component();
        as(org).contentType("application/json").body("{\"name\":\"api\",\"var_name\":\"api_var\",\"dependencies\":[\"db\"]}")
                .patch(path).then().statusCode(200)
                .body("id", is(org.component())).body("name", is("api")).body("var_name", is("api_var"))
                .body("resolved_var_name", is("api_var")).body("dependencies", contains(other))
                .body("latest_build", nullValue());
        as(org).get(path).then().statusCode(200).body("name", is("api")).body("dependencies", contains(other));
        // dependencies by id too; without them the old ones are gone (Nuon replaces them); the var name stays
        as(org).contentType("application/json").body("{\"name\":\"api2\",\"dependencies\":[\"" + other + "\"]}")
                .patch(path).then().statusCode(200).body("dependencies", contains(other)).body("var_name", is("api_var"));
        as(org).contentType("application/json").body("{\"name\":\"api2\"}").patch(path).then().statusCode(200)
                .body("dependencies", empty());
        // builds show the new name
        String build = activeBuild(org);
        as(org).get("/v1/components/builds/" + build).then().statusCode(200).body("component_name", is("api2"));
    }

    @Test
    void badPatchIs400AndChangesNothing() {
        Org org = freshOrg();
        String path = "/v1/components/" + org.component();
        for (String body : List.of("{}", "{\"name\":\"\"}", "{\"name\":5}", "{\"name\":\"Has Caps\"}",
                "{\"name\":\"a-b\"}", "{\"name\":\"" + "a".repeat(201) + "\"}", "{\"name\":\"ok\",\"var_name\":\"Bad!\"}",
                "{\"name\":\"ok\",\"dependencies\":\"db\"}", "{\"name\":\"ok\",\"dependencies\":[\"nothing\"]}",
                "{\"name\":\"ok\",\"dependencies\":[\"" + org.component() + "\"]}",
                "{\"name\":\"ok\",\"dependencies\":[\"" + DEMO_COMPONENT + "\"]}", "{not json", "[]", "null")) {
            as(org).contentType("application/json").body(body).patch(path).then().statusCode(400)
                    .body("error", is("invalid request format")).body("user_error", is(true));
        }
        as(org).contentType("text/plain").body("{\"name\":\"ok\"}").patch(path).then().statusCode(415);
        as(org).get(path).then().statusCode(200).body("name", is("fresh-component")).body("dependencies", empty());
    }

    @Test
    void unknownOrForeignComponentIs404() {
        Org org = freshOrg();
        for (String id : List.of("cmpnope00000000000000000000", DEMO_COMPONENT)) {
            as(org).contentType("application/json").body("{\"name\":\"x\"}").patch("/v1/components/" + id)
                    .then().statusCode(404).body("error", is("not found"));
            as(org).delete("/v1/components/" + id).then().statusCode(404).body("error", is("not found"));
        }
        asDemo().get("/v1/components/" + DEMO_COMPONENT).then().statusCode(200).body("name", is("demo-component"));
    }

    @Test
    void deleteRemovesTheComponentWithItsBuildsAndReleases() {
        Org org = freshOrg();
        String build = activeBuild(org);
        String release = release(org, "{\"build_id\":\"" + build + "\",\"install_ids\":[\"a\"]}", "0s");
        String path = "/v1/components/" + org.component();
        as(org).delete(path).then().statusCode(200).body(is("true"));
        as(org).get(path).then().statusCode(404);
        as(org).delete(path).then().statusCode(404);
        as(org).get("/v1/components/builds/" + build).then().statusCode(404);
        as(org).get("/v1/releases/" + release).then().statusCode(404);
        as(org).get(path + "/builds").then().statusCode(404);
        as(org).get(path + "/releases").then().statusCode(200).body("", empty());
        as(org).get("/v1/apps/" + org.app() + "/releases").then().statusCode(200).body("", empty());
        as(org).queryParam("component_id", org.component()).get("/v1/builds").then().statusCode(404);
        as(org).queryParam("app_id", org.app()).get("/v1/builds").then().statusCode(200).body("", empty());
    }

    @Test
    void aComponentOthersDependOnCannotBeDeleted() {
        Org org = freshOrg();
        String db = addComponent(org, "db");
        as(org).contentType("application/json").body("{\"name\":\"api\",\"dependencies\":[\"db\"]}")
                .patch("/v1/components/" + org.component()).then().statusCode(200);
        as(org).delete("/v1/components/" + db).then().statusCode(400).body("description", containsString(org.component()));
        as(org).get("/v1/components/" + db).then().statusCode(200);
        as(org).delete("/v1/components/" + org.component()).then().statusCode(200);
        as(org).delete("/v1/components/" + db).then().statusCode(200);
    }
}
