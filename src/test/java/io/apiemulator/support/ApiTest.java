package io.apiemulator.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.restassured.RestAssured.given;

/**
 * Base of every HTTP test: the whole server on a random port, driven over real HTTP. All subclasses share
 * one application context (same configuration), so the suite starts the server once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // validate (with the metadata it needs): the entities must match the schema Flyway made; the server skips it
        properties = { "emulator.seed-file=" + ApiTest.SEED_FILE, "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=true" })
public abstract class ApiTest {

    /** Applied at start-up and after every admin reset: adds the client {@code seeded-client}. */
    public static final String SEED_FILE = "src/test/resources/seed/example-seed.yaml";

    @LocalServerPort
    protected int port;

    @BeforeEach
    void pointRestAssuredAtServer() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh Onna access token for the seeded demo client (account {@code demo-account}). */
    protected String onnaToken() {
        return onnaToken("demo-client", "demo-secret");
    }

    protected String onnaToken(String clientId, String clientSecret) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("client_id", clientId).formParam("client_secret", clientSecret)
                .formParam("grant_type", "client_credentials")
                .post("/v1/oauth/token").then().statusCode(200).extract().path("access_token");
    }

    /** A request authenticated as the demo client's account. */
    protected RequestSpecification asOnnaDemo() {
        return given().auth().oauth2(onnaToken());
    }

    /** A request authenticated as a second account, for tenancy checks. */
    protected RequestSpecification asOnnaOther() {
        return given().auth().oauth2(onnaToken("other-client", "other-secret"));
    }
}
