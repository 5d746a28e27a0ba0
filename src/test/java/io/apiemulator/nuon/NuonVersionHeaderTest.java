package io.apiemulator.nuon;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

class NuonVersionHeaderTest extends NuonApiTest {

    private static final String HEADER = "X-Nuon-API-Version";

    @Test
    void everyNuonAnswerCarriesTheApiVersion() {
        asDemo().get("/v1/components/" + DEMO_COMPONENT).then().statusCode(200).header(HEADER, "v0.19.807");
        asDemo().get("/v1/components/cmpnope00000000000000000000").then().statusCode(404).header(HEADER, "v0.19.807");
        asDemo().queryParam("limit", "x").get("/v1/components/" + DEMO_COMPONENT + "/releases").then().statusCode(400)
                .header(HEADER, "v0.19.807");
        given().get("/v1/components/" + DEMO_COMPONENT).then().statusCode(401).header(HEADER, "v0.19.807");
        given().header("Authorization", "Bearer " + DEMO_TOKEN).get("/v1/releases/relnope00000000000000000000")
                .then().statusCode(403).header(HEADER, "v0.19.807");
    }

    @Test
    void otherFamiliesDoNotCarryIt() {
        given().get("/v1/health").then().statusCode(200).header(HEADER, nullValue());
        given().get("/__admin/version").then().header(HEADER, nullValue());
    }
}
