package io.apiemulator.admin;

import java.util.UUID;

import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Base of the admin API tests: requests validated against openapi/admin.yaml, helpers to seed clients. */
abstract class AdminTest extends ApiTest {

    protected static RequestSpecification admin() {
        return given().filter(Contracts.admin());
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A seed document (JSON) with one Onna client whose secret is {@code <clientId>-secret}. */
    protected static String clientSeed(String clientId) {
        return """
                {"onna": {"clients": [%s]}}""".formatted(client(clientId, clientId + "-secret"));
    }

    protected static String client(String clientId, String secret) {
        return """
                {"client_id": "%s", "client_secret": "%s", "account_id": "%s-account",
                 "user_id": "%s@example.com", "name": "Seeded", "surname": "Client"}"""
                .formatted(clientId, secret, clientId, clientId);
    }

    protected static void seed(String json) {
        admin().contentType("application/json").body(json).post("/__admin/seed").then().statusCode(200);
    }

    protected static int tokenStatus(String clientId, String secret) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token").then().extract().statusCode();
    }
}
