package io.apiemulator.onna.auth;

import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

class OnnaAuthTest extends ApiTest {

    @Test
    void clientCredentialsGiveExactlyTheDocumentedTokenBody() {
        given().filter(Contracts.onna()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "demo-client").formParam("client_secret", "demo-secret")
                .formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token")
                .then().statusCode(200)
                .body("size()", is(3))
                .body("access_token", not(emptyOrNullString()))
                .body("expires_in", is(3599))
                .body("token_type", is("bearer"));
    }

    @Test
    void grantTypeDefaultsToClientCredentials() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "demo-client").formParam("client_secret", "demo-secret")
                .post("/v1/oauth/token").then().statusCode(200).body("token_type", is("bearer"));
    }

    @Test
    void missingFieldsAreFastApi422() {
        given().filter(Contracts.onna()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token")
                .then().statusCode(422)
                .body("detail.loc", contains(contains("body", "client_id"), contains("body", "client_secret")))
                .body("detail[0].type", is("missing"));
    }

    @Test
    void wrongSecretIsJsonApi401() {
        given().filter(Contracts.onna()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "demo-client").formParam("client_secret", "nope")
                .post("/v1/oauth/token")
                .then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"))
                .body("errors[0].status", is("401"))
                .body("errors[0].id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void unknownClientIs401() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "ghost").formParam("client_secret", "x")
                .post("/v1/oauth/token").then().statusCode(401).body("errors[0].code", is("XX401_unauthorized"));
    }

    @Test
    void unsupportedGrantTypeIs422() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "demo-client").formParam("client_secret", "demo-secret")
                .formParam("grant_type", "password")
                .post("/v1/oauth/token").then().statusCode(422).body("detail[0].loc", contains("body", "grant_type"));
    }

    @Test
    void basicClientAuthenticationAlsoWorks() {
        given().auth().preemptive().basic("demo-client", "demo-secret").contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token").then().statusCode(200).body("token_type", is("bearer"));
    }

    @Test
    void getOnTokenEndpointIs405() {
        given().get("/v1/oauth/token").then().statusCode(405).body("errors[0].code", is("XX405_method_not_allowed"));
    }

    @Test
    void currentUserIsTheTokensAccount() {
        asOnnaDemo().filter(Contracts.onna()).get("/v1/oauth/user")
                .then().statusCode(200)
                .body("account_id", is("demo-account"))
                .body("id", is("demo.user@example.com"))
                .body("name", is("Demo"))
                .body("surname", is("User"));
        asOnnaOther().get("/v1/oauth/user").then().statusCode(200).body("account_id", is("other-account"));
    }

    @Test
    void missingForgedOrMalformedTokensAre401() {
        given().filter(Contracts.onna()).get("/v1/oauth/user").then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
        given().auth().oauth2("not-a-jwt").get("/v1/oauth/user").then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
        String token = onnaToken();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        given().auth().oauth2(forged).get("/v1/oauth/user").then().statusCode(401);
    }

    @Test
    void healthNeedsNoTokenAndIgnoresAStaleOne() {
        given().filter(Contracts.onna()).get("/v1/health").then().statusCode(200)
                .body("release_id", is("1.0.0")).body("status", is("pass")).body("version", is("v1"));
        given().auth().oauth2("stale").get("/v1/health").then().statusCode(200);
    }

    @Test
    void unsupportedVersionIs400() {
        given().filter(Contracts.onna()).get("/v9/health").then().statusCode(400)
                .body("errors[0].code", is("XX400_bad_request"));
        asOnnaDemo().get("/v9/workspaces").then().statusCode(400);
    }
}
