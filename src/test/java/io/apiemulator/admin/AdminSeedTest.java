package io.apiemulator.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class AdminSeedTest extends AdminTest {

    @Test
    void sectionsAreListed() {
        admin().get("/__admin/seed/sections").then().statusCode(200).body("sections", hasItem("onna"));
    }

    @Test
    void seedFileIsAppliedAtStartUp() {
        assertThat(tokenStatus("seeded-client", "seeded-secret")).isEqualTo(200);
    }

    @Test
    void jsonSeedCreatesAClientThatCanLogIn() {
        String clientId = unique("json");
        admin().contentType("application/json").body(clientSeed(clientId)).post("/__admin/seed")
                .then().statusCode(200).body("applied", contains("onna"));
        assertThat(tokenStatus(clientId, clientId + "-secret")).isEqualTo(200);
        asClient(clientId).get("/v1/oauth/user").then().statusCode(200)
                .body("id", is(clientId + "@example.com")).body("account_id", is(clientId + "-account"));
    }

    @Test
    void yamlSeedCreatesAClient() {
        String clientId = unique("yaml");
        String yaml = """
                onna:
                  clients:
                    - client_id: %s
                      client_secret: yaml-secret
                      account_id: yaml-account
                      user_id: yaml@example.com
                      name: Yaml
                """.formatted(clientId);
        admin().contentType("application/yaml").body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/__admin/seed").then().statusCode(200);
        assertThat(tokenStatus(clientId, "yaml-secret")).isEqualTo(200);
    }

    @Test
    void seedingAnExistingClientUpdatesIt() {
        String clientId = unique("upsert");
        seed(clientSeed(clientId));
        assertThat(tokenStatus(clientId, clientId + "-secret")).isEqualTo(200);
        seed("{\"onna\": {\"clients\": [" + client(clientId, "new-secret") + "]}}");
        assertThat(tokenStatus(clientId, clientId + "-secret")).isEqualTo(401);
        assertThat(tokenStatus(clientId, "new-secret")).isEqualTo(200);
    }

    @Test
    void unknownSectionIs400AndNothingIsApplied() {
        String clientId = unique("unknown-section");
        String body = "{\"onna\": {\"clients\": [" + client(clientId, "s") + "]}, \"nope\": {}}";
        admin().contentType("application/json").body(body).post("/__admin/seed").then().statusCode(400)
                .body("error", is("Bad Request"))
                .body("message", allOf(containsString("unknown seed section 'nope'"), containsString("onna")));
        assertThat(tokenStatus(clientId, "s")).isEqualTo(401);
    }

    @Test
    void invalidEntryRollsBackTheWholeDocument() {
        String first = unique("rolled-back");
        String body = "{\"onna\": {\"clients\": [" + client(first, "s")
                + ", {\"client_id\": \"x\", \"client_secret\": \"s\"}]}}";
        admin().contentType("application/json").body(body).post("/__admin/seed").then().statusCode(400)
                .body("message", is("seed section 'onna': clients[1].account_id is required"));
        assertThat(tokenStatus(first, "s")).isEqualTo(401);
    }

    @Test
    void badContentIs400WithAClearMessage() {
        expect400("{\"onna\": {\"clients\": [{\"client_id\": 5}]}}", "clients[0].client_id must be a string");
        expect400("{\"onna\": {\"clients\": {}}}", "clients must be a list");
        expect400("{\"onna\": {\"clients\": [\"x\"]}}", "clients[0] must be an object");
        expect400("{\"onna\": {\"clients\": [{\"client_id\": \"a\", \"colour\": \"red\"}]}}",
                "unknown field 'colour'");
        expect400("{\"onna\": {\"clients\": [" + client("x".repeat(201), "s") + "]}}",
                "client_id is longer than 200 characters");
        expect400("{\"onna\": []}", "seed section 'onna' must be an object");
        expect400("[1, 2]", "must be an object whose keys are section names");
        expect400("{\"onna\": ", "neither valid YAML nor JSON");
        expect400("{\"onna\": {}, \"onna\": {}}", "neither valid YAML nor JSON");
    }

    @Test
    void emptyBodyIs400() {
        admin().contentType("application/json").post("/__admin/seed").then().statusCode(400)
                .body("error", is("Bad Request"));
    }

    @Test
    void wrongContentTypeIs415() {
        admin().contentType("application/xml").body("<onna/>").post("/__admin/seed").then().statusCode(415)
                .body("error", is("Unsupported Media Type"));
    }

    private static void expect400(String body, String message) {
        admin().contentType("application/json").body(body).post("/__admin/seed").then().statusCode(400)
                .body("error", is("Bad Request")).body("message", containsString(message));
    }

    private io.restassured.specification.RequestSpecification asClient(String clientId) {
        return io.restassured.RestAssured.given().auth().oauth2(onnaToken(clientId, clientId + "-secret"));
    }
}
