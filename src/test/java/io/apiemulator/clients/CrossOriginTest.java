package io.apiemulator.clients;

import java.util.Map;

import io.apiemulator.onna.OnnaApiTest;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;

/**
 * CORS as a browser on another origin (a web app's dev server) sees it, on every family: preflights answered
 * without authentication, and every response, errors included, readable by the page.
 */
class CrossOriginTest extends OnnaApiTest {

    private static final String APP = "http://localhost:5173";

    @Test
    void preflightsAreAnsweredWithoutAuthenticationOnEveryFamily() {
        String file = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        Map<String, String> requests = Map.of(
                "/v1/upload/" + file + "/tus", "PATCH",
                "/v1/workspaces", "POST",
                "/v1/oauth/token", "POST",
                "/v1/components/cmpdemo0000000000000000000/builds", "POST",
                "/v1/orgs/demo-org/workspaces/demo-ws/apps/demo-app/releases", "POST",
                "/__admin/reset", "POST");
        requests.forEach((path, method) -> preflight(method,
                "authorization,content-type,tus-resumable,upload-offset,upload-length,upload-metadata,"
                        + "upload-checksum,x-http-method-override,x-nuon-org-id")
                .options(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", allOf(containsString(method), containsString("PATCH"),
                        containsString("HEAD"), containsString("DELETE")))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("tus-resumable"),
                        containsStringIgnoringCase("upload-offset"), containsStringIgnoringCase("authorization"),
                        containsStringIgnoringCase("x-http-method-override"),
                        containsStringIgnoringCase("x-nuon-org-id")))
                .header("Access-Control-Max-Age", "1800")
                .body(emptyOrNullString()));
        preflight("DELETE", "tus-resumable").options("/v1/upload/" + file + "/tus").then().statusCode(200);
        preflight("HEAD", "tus-resumable").options("/v1/upload/" + file + "/tus").then().statusCode(200);
    }

    @Test
    void errorsCarryTheCorsHeadersSoThePageCanReadThem() {
        given().header("Origin", APP).header("Tus-Resumable", "1.0.0").head("/v1/upload/anything/tus").then()
                .statusCode(401).header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("Upload-Offset"));
        given().header("Origin", APP).get("/v1/workspaces").then().statusCode(401)
                .header("Access-Control-Allow-Origin", APP)
                .body("errors[0].code", equalTo("XX401_unauthorized"));
        given().header("Origin", APP).get("/v1/components/cmpdemo0000000000000000000/builds").then()
                .statusCode(401).header("Access-Control-Allow-Origin", APP);
        given().header("Origin", APP).get("/v1/orgs/demo-org/workspaces/demo-ws/apps/demo-app/releases").then()
                .statusCode(401).header("Access-Control-Allow-Origin", APP);
    }

    @Test
    void responsesExposeTheTusLocationAndPaginationHeaders() {
        String file = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaDemo().header("Origin", APP).header("Tus-Resumable", "1.0.0").header("Upload-Length", 3)
                .post("/v1/upload/" + file + "/tus").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", allOf(containsString("Upload-Offset"),
                        containsString("Upload-Length"), containsString("Upload-Expires"),
                        containsString("Location"), containsString("Tus-Resumable"), containsString("Tus-Version"),
                        containsString("Tus-Extension"), containsString("Tus-Max-Size"),
                        containsString("X-Nuon-Page-Next"), containsString("X-Nuon-Page-Offset"),
                        containsString("X-Nuon-Page-Limit"), containsString("X-Nuon-Page-Number"),
                        containsString("X-Nuon-API-Version")));
        given().header("Origin", APP).auth().oauth2("nuon-demo-token")
                .header("X-Nuon-Org-ID", "orgdemo0000000000000000000")
                .get("/v1/components/cmpdemo0000000000000000000/builds").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP).header("X-Nuon-Page-Next", "false")
                .header("Access-Control-Expose-Headers", containsString("X-Nuon-Page-Next"));
    }

    @Test
    void aRequestWithoutOriginGetsNoCorsHeaders() {
        asOnnaDemo().get("/v1/workspaces").then().statusCode(200)
                .header("Access-Control-Allow-Origin", emptyOrNullString());
    }

    private static RequestSpecification preflight(String method, String headers) {
        return given().header("Origin", APP).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers);
    }
}
