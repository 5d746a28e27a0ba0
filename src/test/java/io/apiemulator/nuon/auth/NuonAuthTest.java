package io.apiemulator.nuon.auth;

import io.apiemulator.nuon.NuonApiTest;
import io.apiemulator.support.Contracts;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

class NuonAuthTest extends NuonApiTest {

    private static final String COMPONENT = "/v1/components/" + DEMO_COMPONENT;

    @Test
    void bearerTokenAndOrgHeaderGrantAccess() {
        asDemo().get(COMPONENT).then().statusCode(200).body("id", is(DEMO_COMPONENT)).body("app_id", is(DEMO_APP));
    }

    @Test
    void tokenAndOrgMayComeAsQueryParameters() {
        given().filter(Contracts.nuon()).queryParam("token", DEMO_TOKEN).queryParam("org_id", DEMO_ORG)
                .get(COMPONENT).then().statusCode(200).body("id", is(DEMO_COMPONENT));
    }

    @Test
    void missingTokenIs401() {
        given().filter(Contracts.nuon()).header("X-Nuon-Org-ID", DEMO_ORG).get(COMPONENT)
                .then().statusCode(401).body("error", is("auth token was empty")).body("user_error", is(true))
                .body("description", not(emptyOrNullString()));
    }

    @Test
    void unknownTokenIs401() {
        as("no-such-token", DEMO_ORG).get(COMPONENT).then().statusCode(401).body("error", is("invalid auth token"));
    }

    @Test
    void missingOrgIs403() {
        given().filter(Contracts.nuon()).header("Authorization", "Bearer " + DEMO_TOKEN).get(COMPONENT)
                .then().statusCode(403).body("error", is("org ID was empty")).body("user_error", is(true));
    }

    @Test
    void orgTheTokenCannotUseIs403() {
        as(DEMO_TOKEN, OTHER_ORG).get(COMPONENT).then().statusCode(403)
                .body("error", is("user does not have access to org"));
    }

    @Test
    void anotherOrgsComponentIs404() {
        asOther().get(COMPONENT).then().statusCode(404).body("error", is("not found"))
                .body("description", containsString(DEMO_COMPONENT));
    }

    @Test
    void unknownNuonPathIs404InNuonShape() {
        asDemo().get("/v1/components/" + DEMO_COMPONENT + "/nothing-here").then().statusCode(404)
                .body("error", is("not found")).body("user_error", is(true));
    }

    @Test
    void wrongMethodIs405InNuonShape() {
        asDemo().put(COMPONENT).then().statusCode(405).body("user_error", is(true))
                .body("error", containsString("PUT"));
    }

    @Test
    void onnaPathsAreNotNuons() {
        given().get("/v1/health").then().statusCode(200).body("status", is("pass"));
        given().header("X-Nuon-Org-ID", DEMO_ORG).get("/v1/workspaces").then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
    }
}
