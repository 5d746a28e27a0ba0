package io.apiemulator.onna.auth;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@TestPropertySource(properties = "emulator.onna.token-ttl=3s")
class TokenExpiryTest extends ApiTest {

    @Test
    void aTokenIsRejectedOnceExpiresInHasPassed() throws InterruptedException {
        String token = onnaToken();
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200);
        // JWT times are whole seconds, so a 3 s token lives between 2 and 3 s
        Thread.sleep(3100);
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
    }
}
