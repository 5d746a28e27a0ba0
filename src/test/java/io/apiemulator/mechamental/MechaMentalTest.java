package io.apiemulator.mechamental;

import java.util.Map;
import java.util.UUID;

import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Base of the MechaMental tests: each test works in an app of its own (auto-created on first write), so
 * tests never see each other's releases. Every request is validated against {@code openapi/mechamental.yaml}.
 */
public abstract class MechaMentalTest extends ApiTest {

    protected static final String DEMO_TOKEN = "mm-demo-token";
    protected static final String OTHER_TOKEN = "mm-other-token";
    protected static final String DEMO_ACTOR = "demo.user@example.com";

    /** {@code /v1/orgs/demo-org/workspaces/demo-ws/apps/<unique>/releases} */
    protected String newApp() {
        return releasesOf("demo-org", "demo-ws", "app-" + UUID.randomUUID());
    }

    protected static String releasesOf(String org, String workspace, String app) {
        return "/v1/orgs/" + org + "/workspaces/" + workspace + "/apps/" + app + "/releases";
    }

    /** A request as the demo token, validated against the contract. */
    protected RequestSpecification asDemo() {
        return as(DEMO_TOKEN);
    }

    protected RequestSpecification as(String token) {
        return given().filter(Contracts.mechamental()).auth().oauth2(token);
    }

    protected Response create(String releases, String tag) {
        return asDemo().contentType("application/json").body(Map.of("release_tag", tag)).post(releases);
    }

    /** Creates a draft release and returns its id. */
    protected String draft(String releases, String tag) {
        return create(releases, tag).then().statusCode(201).extract().path("release_id");
    }

    protected Response action(String releases, String releaseId, String action) {
        return asDemo().post(releases + "/" + releaseId + "/" + action);
    }

    protected String statusOf(String releases, String releaseId) {
        return asDemo().get(releases + "/" + releaseId).then().statusCode(200).extract().path("status");
    }

    /** The list response with archived releases, as a snapshot to compare before and after a failed request. */
    protected String snapshot(String releases) {
        return asDemo().queryParam("include_archived", true).queryParam("limit", 200).get(releases)
                .then().statusCode(200).extract().asString();
    }
}
