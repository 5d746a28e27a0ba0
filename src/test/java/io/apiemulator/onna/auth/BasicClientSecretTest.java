package io.apiemulator.onna.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Basic client authentication with a secret holding {@code %} and {@code +}: raw (as most clients send it) or form-encoded. */
class BasicClientSecretTest extends ApiTest {

    private static final String CLIENT = "pct-client";
    private static final String SECRET = "50%+off";

    @BeforeEach
    void seedClient() {
        given().contentType("application/json").body("""
                {"onna":{"clients":[{"client_id":"%s","client_secret":"%s","account_id":"pct-account",
                  "user_id":"pct@example.com","name":"Pct"}]}}""".formatted(CLIENT, SECRET))
                .post("/__admin/seed").then().statusCode(200);
    }

    @AfterEach
    void reset() {
        given().post("/__admin/reset").then().statusCode(200);
    }

    @Test
    void aRawSecretIsAccepted() {
        tokenWithBasic(CLIENT + ":" + SECRET).statusCode(200).body("token_type", is("bearer"));
    }

    @Test
    void aFormEncodedSecretIsAccepted() {
        tokenWithBasic(CLIENT + ":" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8))
                .statusCode(200).body("token_type", is("bearer"));
    }

    @Test
    void aWrongSecretIsStill401() {
        tokenWithBasic(CLIENT + ":50%+of").statusCode(401).body("errors[0].code", is("XX401_unauthorized"));
        tokenWithBasic(CLIENT + ":50% off").statusCode(401);
    }

    @Test
    void theTokenCarriesTheClientsUser() {
        String token = tokenWithBasic(CLIENT + ":" + SECRET).statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200)
                .body("account_id", is("pct-account")).body("id", is("pct@example.com")).body("name", is("Pct"))
                .body("surname", is((String) null));
    }

    private static io.restassured.response.ValidatableResponse tokenWithBasic(String credentials) {
        return given().header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token").then();
    }
}
