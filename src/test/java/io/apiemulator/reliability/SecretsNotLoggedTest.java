package io.apiemulator.reliability;

import java.util.List;
import java.util.Map;

import io.apiemulator.support.Contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client secrets, access tokens and API tokens never reach the log nor the request journal: not when they
 * authenticate, not when they fail to. The start-up line prints the demo secret on purpose, so this test
 * uses credentials of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedTest extends ReliabilityTest {

    @Test
    void credentialsAppearNeitherInTheLogNorInTheJournal(CapturedOutput output) {
        OnnaTenant onna = newOnnaTenant();
        NuonTenant nuon = newNuonTenant();
        String wrongSecret = unique("wrong-secret");
        String forgedToken = unique("forged-token");

        String accessToken = onnaToken(onna.clientId(), onna.secret());
        given().auth().oauth2(accessToken).get("/v1/oauth/user").then().statusCode(200);
        given().auth().oauth2(accessToken).contentType("application/json").body(Map.of("name", "ws"))
                .post("/v1/workspaces").then().statusCode(201);
        given().contentType("application/x-www-form-urlencoded").formParam("client_id", onna.clientId())
                .formParam("client_secret", wrongSecret).formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token").then().statusCode(401);
        given().auth().preemptive().basic(onna.clientId(), wrongSecret).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/v1/oauth/token").then().statusCode(401);
        given().auth().oauth2(forgedToken).get("/v1/workspaces").then().statusCode(401);

        asNuon(nuon).get("/v1/components/" + nuon.component()).then().statusCode(200);
        asNuon(forgedToken, nuon.org()).get("/v1/components/" + nuon.component()).then().statusCode(401);
        asMechaMental("mm-demo-token").get(newMechaMentalApp()).then().statusCode(200);
        asMechaMental(forgedToken).get(newMechaMentalApp()).then().statusCode(401);

        String journal = given().filter(Contracts.admin()).get("/__admin/requests")
                .then().statusCode(200).extract().asString();
        for (String secret : List.of(onna.secret(), accessToken, wrongSecret, forgedToken, nuon.token(), "mm-demo-token")) {
            assertThat(output.getAll()).as("log").doesNotContain(secret);
            assertThat(journal).as("journal").doesNotContain(secret);
        }
    }
}
