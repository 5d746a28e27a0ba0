package io.apiemulator.admin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class RequestJournalTest extends AdminTest {

    @BeforeEach
    void emptyJournal() {
        admin().delete("/__admin/requests").then().statusCode(204);
    }

    @Test
    void requestsAreRecordedNewestFirstWithoutSecrets() {
        String token = onnaToken();
        given().auth().oauth2(token).header("Cookie", "session=cookie-value").queryParam("access_token", "q-secret")
                .queryParam("page", "2").get("/v1/oauth/user").then().statusCode(200);

        String journal = admin().get("/__admin/requests").then().statusCode(200)
                .body("total", is(2))
                .body("requests[0].method", is("GET"))
                .body("requests[0].path", is("/v1/oauth/user"))
                .body("requests[0].query", is("access_token=[redacted]&page=2"))
                .body("requests[0].status", is(200))
                .body("requests[0].family", is("onna"))
                .body("requests[0].headers.authorization", contains("[redacted]"))
                .body("requests[0].headers.cookie", contains("[redacted]"))
                .body("requests[0].fault", nullValue())
                .body("requests[1].path", is("/v1/oauth/token"))
                .body("requests[1].body_size", greaterThan(40))
                .extract().asString();
        assertThat(journal).doesNotContain("demo-secret", token, "q-secret", "cookie-value");
    }

    @Test
    void rejectedRequestsAreRecordedToo() {
        given().get("/v1/oauth/user").then().statusCode(401);
        admin().get("/__admin/requests").then().statusCode(200)
                .body("requests[0].status", is(401)).body("requests[0].family", is("onna"));
    }

    @Test
    void adminCallsAreNotRecorded() {
        admin().get("/__admin/faults").then().statusCode(200);
        admin().get("/__admin/requests").then().statusCode(200).body("total", is(0));
    }

    @Test
    void filtersNarrowTheList() {
        given().get("/v1/health").then().statusCode(200);
        given().get("/v1/oauth/user").then().statusCode(401);
        given().post("/v1/health").then().statusCode(405);
        given().get("/no-such-path").then().statusCode(404);

        admin().queryParam("method", "post").get("/__admin/requests").then()
                .body("requests.path", contains("/v1/health"));
        admin().queryParam("path_prefix", "/v1/oauth").get("/__admin/requests").then()
                .body("requests.path", contains("/v1/oauth/user"));
        admin().queryParam("path_regex", "/v1/.*h").get("/__admin/requests").then()
                .body("requests.path", contains("/v1/health", "/v1/health"));
        admin().queryParam("status", 401).get("/__admin/requests").then()
                .body("requests.path", contains("/v1/oauth/user"));
        admin().queryParam("family", "onna").get("/__admin/requests").then()
                .body("requests", hasSize(3));
        admin().queryParam("limit", 1).get("/__admin/requests").then()
                .body("requests.path", contains("/no-such-path")).body("total", is(4));
        admin().queryParam("status", 404).get("/__admin/requests").then()
                .body("requests[0].family", nullValue());
    }

    @Test
    void deleteEmptiesTheJournal() {
        given().get("/v1/health").then().statusCode(200);
        admin().delete("/__admin/requests").then().statusCode(204);
        admin().get("/__admin/requests").then().statusCode(200).body("requests", empty()).body("total", is(0));
    }

    @Test
    void badFiltersAre400() {
        admin().queryParam("limit", 0).get("/__admin/requests").then().statusCode(400)
                .body("message", containsString("limit"));
        admin().queryParam("path_regex", "(").get("/__admin/requests").then().statusCode(400)
                .body("message", containsString("path_regex"));
        admin().queryParam("status", "abc").get("/__admin/requests").then().statusCode(400)
                .body("error", is("Bad Request"));
    }
}
