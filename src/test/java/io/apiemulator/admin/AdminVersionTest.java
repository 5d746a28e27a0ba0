package io.apiemulator.admin;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

class AdminVersionTest extends AdminTest {

    @Test
    void versionComesFromTheBuild() {
        admin().get("/__admin/version").then().statusCode(200)
                .body("name", is("api-emulator"))
                .body("version", matchesPattern("\\d+\\.\\d+\\.\\d+.*"))
                .body("git_commit", matchesPattern("[0-9a-f]{40}"));
    }

    @Test
    void livenessAndReadinessProbesAnswer() {
        given().get("/actuator/health/liveness").then().statusCode(200).body("status", is("UP"));
        given().get("/actuator/health/readiness").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void unknownAdminPathIs404InTheAdminEnvelope() {
        given().get("/__admin/nope").then().statusCode(404)
                .body("error", is("Not Found")).body("message", not(emptyOrNullString()));
    }
}
