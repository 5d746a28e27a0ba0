package io.apiemulator.onna.auth;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@TestPropertySource(properties = "emulator.onna.token-ttl=1s")
class TokenExpiryTest extends ApiTest {

    @Test
    void aTokenIsRejectedOnceExpiresInHasPassed() throws InterruptedException {
        String token = onnaToken();
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200);
        Thread.sleep(2100);
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
    }
}
