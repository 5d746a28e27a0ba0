package io.apiemulator.onna.auth;

import java.time.Clock;
import java.time.Duration;

import io.apiemulator.kernel.time.SettableClock;
import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@TestPropertySource(properties = "emulator.onna.token-ttl=3s")
class TokenExpiryTest extends ApiTest {

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    @Autowired
    Clock clock;

    @Test
    void aTokenIsRejectedOnceExpiresInHasPassed() {
        String token = onnaToken();
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200);
        // JWT times are whole seconds, so a 3 s token lives between 2 and 3 s
        ((SettableClock) clock).advance(Duration.ofSeconds(1));
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200);
        ((SettableClock) clock).advance(Duration.ofMillis(2001));
        given().auth().oauth2(token).get("/v1/oauth/user").then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
    }
}
