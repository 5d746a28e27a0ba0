package io.apiemulator.admin;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.*;

class FaultInjectionTest extends AdminTest {

    @AfterEach
    void removeFaults() {
        admin().delete("/__admin/faults").then().statusCode(204);
    }

    @Test
    void fixedDelaySlowsMatchingRequestsOnly() {
        addFault("{\"path\": \"/v1/health\", \"delay_ms\": 400}");
        long start = System.nanoTime();
        given().get("/v1/health").then().statusCode(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
        admin().queryParam("limit", 1).get("/__admin/requests").then().body("requests[0].fault", is("delay"));
    }

    @Test
    void randomDelayStaysWithinItsBounds() {
        addFault("{\"path\": \"/v1/health\", \"delay_ms_min\": 200, \"delay_ms_max\": 250}");
        long start = System.nanoTime();
        given().get("/v1/health").then().statusCode(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
    }

    @Test
    void statusIsAnsweredInTheOwningFamilysEnvelope() {
        addFault("{\"method\": \"POST\", \"path\": \"/v1/oauth/token\", \"status\": 503}");
        given().contentType("application/x-www-form-urlencoded").formParam("client_id", "demo-client")
                .formParam("client_secret", "demo-secret").post("/v1/oauth/token")
                .then().statusCode(503)
                .body("errors[0].code", is("XX503_service_unavailable"))
                .body("errors[0].status", is("503"));
        // the rule is for POST only
        given().get("/v1/oauth/token").then().statusCode(405);
    }

    @Test
    void pathsNoFamilyOwnsGetThePlainEnvelope() {
        addFault("{\"path\": \"/actuator/.*\", \"status\": 500}");
        given().get("/actuator/health").then().statusCode(500)
                .body("error", is("Internal Server Error")).body("message", containsString("Injected fault"));
    }

    @Test
    void connectionResetSendsNoHttpResponse() throws Exception {
        addFault("{\"path\": \"/v1/health\", \"connection_reset\": true}");
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] received = in.readAllBytes();
            assertThat(new String(received, StandardCharsets.US_ASCII)).isEmpty();
        }
        catch (java.net.SocketException reset) {
            assertThat(reset.getMessage()).containsIgnoringCase("reset");
        }
        assertThatThrownBy(() -> given().get("/v1/health")).isInstanceOf(java.io.IOException.class);
        admin().queryParam("limit", 1).get("/__admin/requests").then()
                .body("requests[0].fault", is("connection_reset")).body("requests[0].status", is(0));
    }

    @Test
    void rateZeroNeverFiresAndRateOneAlwaysDoes() {
        String never = addFault("{\"path\": \"/v1/health\", \"status\": 500, \"rate\": 0}");
        for (int i = 0; i < 10; i++) {
            given().get("/v1/health").then().statusCode(200);
        }
        admin().delete("/__admin/faults/" + never).then().statusCode(204);
        addFault("{\"path\": \"/v1/health\", \"status\": 502, \"rate\": 1.0}");
        for (int i = 0; i < 5; i++) {
            given().get("/v1/health").then().statusCode(502);
        }
        admin().get("/__admin/faults").then().body("faults", hasSize(1)).body("faults[0].fired", is(5));
    }

    @Test
    void timesLimitsHowOftenARuleFires() {
        addFault("{\"path\": \"/v1/health\", \"status\": 429, \"times\": 2}");
        given().get("/v1/health").then().statusCode(429);
        given().get("/v1/health").then().statusCode(429);
        given().get("/v1/health").then().statusCode(200);
        admin().get("/__admin/faults").then().statusCode(200)
                .body("faults[0].fired", is(2)).body("faults[0].times", is(2));
    }

    @Test
    void rulesAreListedAndRemovedOneByOne() {
        String first = addFault("{\"path\": \"/a\", \"status\": 500}");
        String second = addFault("{\"path\": \"/b\", \"delay_ms\": 1}");
        admin().get("/__admin/faults").then().statusCode(200).body("faults.id", contains(first, second))
                .body("faults[0].status", is(500)).body("faults[0].rate", is(1.0f))
                .body("faults[0].connection_reset", is(false)).body("faults[1].delay_ms", is(1));
        admin().delete("/__admin/faults/" + first).then().statusCode(204);
        admin().get("/__admin/faults").then().body("faults.id", contains(second));
        admin().delete("/__admin/faults/" + first).then().statusCode(404)
                .body("error", is("Not Found")).body("message", containsString(first));
    }

    @Test
    void invalidRulesAre400AndNotAdded() {
        expect400("{\"status\": 500}", "path");
        expect400("{\"path\": \"(\", \"status\": 500}", "not a valid regular expression");
        expect400("{\"path\": \"/a\"}", "needs delay_ms");
        expect400("{\"path\": \"/a\", \"status\": 200}", "status must be an integer between 400 and 599");
        expect400("{\"path\": \"/a\", \"status\": 500, \"connection_reset\": true}", "not both");
        expect400("{\"path\": \"/a\", \"status\": \"500\"}", "status must be an integer");
        expect400("{\"path\": \"/a\", \"status\": 500, \"rate\": 2}", "rate");
        expect400("{\"path\": \"/a\", \"status\": 500, \"times\": 0}", "times");
        expect400("{\"path\": \"/a\", \"delay_ms\": 60001}", "delay_ms");
        expect400("{\"path\": \"/a\", \"delay_ms_min\": 5}", "go together");
        expect400("{\"path\": \"/a\", \"delay_ms_min\": 5, \"delay_ms_max\": 4}", "greater");
        expect400("{\"path\": \"/a\", \"delay_ms\": 5, \"delay_ms_min\": 1, \"delay_ms_max\": 9}", "either");
        expect400("{\"path\": \"/a\", \"status\": 500, \"colour\": 1}", "unknown field 'colour'");
        expect400("{\"path\": \"/a\", \"connection_reset\": \"yes\"}", "connection_reset must be a boolean");
        expect400("{\"path\": ", "");
        expect400("[]", "");
        admin().get("/__admin/faults").then().body("faults", empty());
        admin().contentType("text/plain").body("x").post("/__admin/faults").then().statusCode(415);
    }

    private static String addFault(String json) {
        return admin().contentType("application/json").body(json).post("/__admin/faults")
                .then().statusCode(201).extract().path("id");
    }

    private static void expect400(String json, String message) {
        admin().contentType("application/json").body(json).post("/__admin/faults").then().statusCode(400)
                .body("error", is("Bad Request")).body("message", containsString(message));
    }
}
