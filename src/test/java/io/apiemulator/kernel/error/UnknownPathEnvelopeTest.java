package io.apiemulator.kernel.error;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** A path no family serves still gets a vendor's envelope when it looks like one of theirs (README, errors). */
class UnknownPathEnvelopeTest extends ApiTest {

    @Test
    void anUnknownVersionedPathIsOnnas404() {
        given().get("/v1/nothing-here").then().statusCode(404)
                .body("errors[0].code", is("XX404_not_found")).body("errors[0].status", is("404"))
                .body("message", nullValue());
    }

    @Test
    void anUnknownPathUnderANuonPrefixIsNuons404() {
        given().header("Authorization", "Bearer nuon-demo-token").header("X-Nuon-Org-ID", "orgdemo0000000000000000000")
                .get("/v1/components/cmpdemo0000000000000000000/nothing").then().statusCode(404)
                .body("error", is("not found")).body("user_error", is(true));
    }

    @Test
    void anUnknownPathUnderAMechaMentalPrefixIsMechaMentals404() {
        given().auth().oauth2("mm-demo-token").get("/v1/orgs/demo-org/nothing").then().statusCode(404)
                .body("error", is("RESOURCE_NOT_FOUND")).body("status_code", is(404));
    }

    @Test
    void aPathOutsideEveryFamilyIsPlain() {
        given().get("/nothing-here").then().statusCode(404)
                .body("error", is("Not Found")).body("message", startsWith("Not Found"));
    }
}
