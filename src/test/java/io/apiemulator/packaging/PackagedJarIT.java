package io.apiemulator.packaging;

import java.nio.file.Path;

import io.apiemulator.support.ServerProcess;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** The jar `mvn package` builds, run as users run it: `java -jar`, then driven over HTTP (failsafe, verify). */
class PackagedJarIT {

    private static final String ADMIN_TOKEN = "it-admin-token";

    @TempDir
    static Path dataDir;

    private static ServerProcess server;
    private static String baseUrl;

    @BeforeAll
    static void start() throws Exception {
        long start = System.nanoTime();
        server = ServerProcess.start("--emulator.data-dir=" + dataDir, "--emulator.admin.token=" + ADMIN_TOKEN,
                "--emulator.seed-file=src/test/resources/seed/example-seed.yaml");
        String line = server.readyLine();
        System.out.println("packaged jar ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + line);
        baseUrl = server.baseUrl();
        assertThat(line).contains(baseUrl).contains("onna client_id=demo-client client_secret=demo-secret");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void issuesTokensThatTheApiAccepts() {
        String token = given().baseUri(baseUrl).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "seeded-client").formParam("client_secret", "seeded-secret")
                .post("/v1/oauth/token").then().statusCode(200).extract().path("access_token");
        given().baseUri(baseUrl).auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200)
                .body("account_id", is("seeded-account"));
    }

    @Test
    void healthAndProbesAnswer() {
        given().baseUri(baseUrl).get("/v1/health").then().statusCode(200);
        given().baseUri(baseUrl).get("/actuator/health/liveness").then().statusCode(200).body("status", is("UP"));
        given().baseUri(baseUrl).get("/actuator/health/readiness").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void adminApiWantsTheConfiguredToken() {
        given().baseUri(baseUrl).post("/__admin/reset").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", is("Unauthorized"));
        given().baseUri(baseUrl).auth().oauth2("wrong").post("/__admin/reset").then().statusCode(401);
        given().baseUri(baseUrl).auth().oauth2(ADMIN_TOKEN).post("/__admin/reset").then().statusCode(200)
                .body("seed_file", endsWith("example-seed.yaml"))
                .body("duration_ms", lessThan(1000f));
        given().baseUri(baseUrl).auth().oauth2(ADMIN_TOKEN).get("/__admin/version").then().statusCode(200)
                .body("version", not(is("unknown")));
    }
}
