package io.apiemulator.deployment;

import java.util.UUID;

import io.apiemulator.support.SharedDeployment;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * Two instances behind one PostgreSQL database and one data directory behave as one emulator. Runs when
 * EMULATOR_DB_URL is set: {@code scripts/with-postgres.sh ./mvnw -B -ntp verify}. Add cross-instance
 * scenarios here (an upload started on A and resumed on B; concurrent activations on both).
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "EMULATOR_DB_URL", matches = ".+")
class PostgresSharedDeploymentTest {

    private static SharedDeployment deployment;

    @BeforeAll
    static void start() throws Exception {
        deployment = SharedDeployment.start();
    }

    @AfterAll
    static void stop() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void aTokenFromOneInstanceWorksOnTheOther() {
        String token = token(deployment.a(), "demo-client", "demo-secret");
        given().baseUri(deployment.b()).auth().oauth2(token).get("/v1/oauth/user")
                .then().statusCode(200).body("account_id", is("demo-account"));
    }

    @Test
    void seedOnOneInstanceAndResetOnTheOtherAreSeenByBoth() {
        String clientId = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        admin(deployment.a()).contentType("application/json")
                .body("{\"onna\": {\"clients\": [{\"client_id\": \"" + clientId + "\", \"client_secret\": \"s\","
                        + " \"account_id\": \"shared-account\", \"user_id\": \"shared@example.com\","
                        + " \"name\": \"Shared\"}]}}")
                .post("/__admin/seed").then().statusCode(200);
        given().baseUri(deployment.b()).auth().oauth2(token(deployment.b(), clientId, "s"))
                .get("/v1/oauth/user").then().statusCode(200).body("account_id", is("shared-account"));

        admin(deployment.b()).post("/__admin/reset").then().statusCode(200)
                .body("tables_emptied", hasItem(containsString("onna_client")));

        tokenRequest(deployment.a(), clientId, "s").then().statusCode(401);
        tokenRequest(deployment.a(), "demo-client", "demo-secret").then().statusCode(200);
    }

    @Test
    void resetsOnBothInstancesAtOnceLeaveTheSeededState() {
        var onA = java.util.concurrent.CompletableFuture.runAsync(
                () -> admin(deployment.a()).post("/__admin/reset").then().statusCode(200));
        var onB = java.util.concurrent.CompletableFuture.runAsync(
                () -> admin(deployment.b()).post("/__admin/reset").then().statusCode(200));
        onA.join();
        onB.join();
        tokenRequest(deployment.b(), "other-client", "other-secret").then().statusCode(200);
    }

    private static RequestSpecification admin(String baseUrl) {
        return given().baseUri(baseUrl);
    }

    private static String token(String baseUrl, String clientId, String secret) {
        return tokenRequest(baseUrl, clientId, secret).then().statusCode(200).extract().path("access_token");
    }

    private static io.restassured.response.Response tokenRequest(String baseUrl, String clientId, String secret) {
        return given().baseUri(baseUrl).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .formParam("grant_type", "client_credentials").post("/v1/oauth/token");
    }
}
