package io.apiemulator.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.apiemulator.support.Contracts;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Every endpoint of every family, called by a second tenant on the first tenant's objects: Onna and Nuon answer
 * 404 (another tenant's object does not exist for you), MechaMental 403 (the token may not access the org), Nuon
 * lists filter by org (200, empty), and the owner's objects are untouched afterwards. Expired Onna tokens are
 * rejected: {@code io.apiemulator.onna.auth.TokenExpiryTest}.
 */
class TenantIsolationTest extends ReliabilityTest {

    private static final String JSON = "application/json";

    @Test
    void onnaAccountsNeverReachEachOthersData() {
        OnnaTenant owner = newOnnaTenant();
        OnnaTenant intruder = newOnnaTenant();
        String ws = created(asOnna(owner), "/v1/workspaces", Map.of("name", unique("ws")));
        String folder = created(asOnna(owner), "/v1/folders", Map.of("name", unique("f"), "onna_parent_id", ws));
        String file = created(asOnna(owner), "/v1/resources/files",
                Map.of("onna_parent_id", ws, "ref", unique("r"), "url", "https://origin.example/f"));
        String ticket = created(asOnna(owner), "/v1/resources/tickets",
                Map.of("name", "t", "onna_parent_id", ws, "ref", unique("r"), "url", "https://origin.example/t"));
        asOnna(owner).filter(Contracts.onna()).header("Tus-Resumable", "1.0.0").contentType("application/offset+octet-stream")
                .body("secret bytes".getBytes(StandardCharsets.UTF_8)).put("/v1/upload/" + file + "/tus").then().statusCode(201);

        String token = onnaToken(intruder.clientId(), intruder.secret());
        for (String path : List.of("/v1/workspaces/" + ws, "/v1/folders/" + folder, "/v1/resources/files/" + file,
                "/v1/resources/tickets/" + ticket)) {
            onnaNotFound(token).get(path);
            onnaNotFound(token).delete(path);
        }
        onnaNotFound(token).contentType(JSON).body(Map.of("name", "mine")).patch("/v1/workspaces/" + ws);
        onnaNotFound(token).contentType(JSON).body(Map.of("name", "mine")).patch("/v1/folders/" + folder);
        onnaNotFound(token).contentType(JSON).body(Map.of("name", "x", "onna_parent_id", ws)).post("/v1/folders");
        onnaNotFound(token).contentType(JSON).body(Map.of("onna_parent_id", folder, "ref", "r", "url", "u"))
                .post("/v1/resources/files");
        onnaNotFound(token).contentType(JSON).body(Map.of("name", "t", "onna_parent_id", ws, "ref", "r", "url", "u"))
                .post("/v1/resources/tickets");
        String upload = "/v1/upload/" + file + "/tus";
        onnaNotFound(token).options(upload);
        onnaNotFound(token).header("Tus-Resumable", "1.0.0").header("Upload-Length", 3).post(upload);
        onnaNotFound(token).header("Tus-Resumable", "1.0.0").header("Upload-Offset", 0)
                .contentType("application/offset+octet-stream").body(new byte[] {1, 2, 3}).patch(upload);
        onnaNotFound(token).contentType("application/offset+octet-stream").body(new byte[] {1, 2, 3}).put(upload);
        onnaNotFound(token).header("Tus-Resumable", "1.0.0").delete(upload);
        given().auth().oauth2(token).header("Tus-Resumable", "1.0.0").head(upload)
                .then().statusCode(404);
        given().auth().oauth2(token).get("/v1/workspaces").then().statusCode(200)
                .body("items.onna_id", not(hasItem(ws)));

        asOnna(owner).get("/v1/workspaces/" + ws).then().statusCode(200).body("name", startsWith("ws-"));
        asOnna(owner).get("/v1/folders/" + folder).then().statusCode(200);
        asOnna(owner).get("/v1/resources/files/" + file).then().statusCode(201).body("size", is(12));
        asOnna(owner).get("/v1/resources/tickets/" + ticket).then().statusCode(200);
        asOnna(owner).get("/v1/workspaces").then().body("items.onna_id", hasItem(ws));
    }

    @Test
    void nuonOrgsNeverReachEachOthersData() {
        NuonTenant owner = newNuonTenant();
        NuonTenant intruder = newNuonTenant();
        String cmp = owner.component();
        String build = asNuon(owner).contentType(JSON).header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + cmp + "/builds").then().statusCode(201)
                .extract().path("id");
        String release = asNuon(owner).contentType(JSON).header("X-Emulator-Step-Duration", "0s")
                .body("{\"build_id\":\"" + build + "\"}").post("/v1/components/" + cmp + "/releases").then()
                .statusCode(201).extract().path("id");

        for (String path : List.of("/v1/components/" + cmp, "/v1/components/" + cmp + "/builds",
                "/v1/components/" + cmp + "/builds/latest", "/v1/components/builds/" + build,
                "/v1/components/" + cmp + "/builds/" + build, "/v1/apps/" + owner.app() + "/components/" + cmp + "/builds",
                "/v1/apps/" + owner.app() + "/components/" + cmp + "/builds/latest", "/v1/releases/" + release,
                "/v1/releases/" + release + "/steps")) {
            nuonNotFound(intruder).get(path);
        }
        nuonNotFound(intruder).contentType(JSON).body("{\"git_ref\":\"main\"}").post("/v1/components/" + cmp + "/builds");
        nuonNotFound(intruder).contentType(JSON).body("{\"git_ref\":\"main\"}")
                .post("/v1/apps/" + owner.app() + "/components/" + cmp + "/builds");
        nuonNotFound(intruder).contentType(JSON).body("{\"build_id\":\"" + build + "\"}")
                .post("/v1/components/" + cmp + "/releases");
        nuonNotFound(intruder).contentType(JSON).body("{\"build_id\":\"" + build + "\"}")
                .post("/v1/components/" + intruder.component() + "/releases");
        for (String list : List.of("/v1/components/" + cmp + "/releases", "/v1/apps/" + owner.app() + "/releases")) {
            asNuon(intruder).filter(Contracts.nuon()).get(list).then().statusCode(200).body("", empty());
        }
        // the intruder's token with the owner's org id: the token has no access to that org
        asNuon(intruder.token(), owner.org()).filter(Contracts.nuon()).get("/v1/components/" + cmp).then()
                .statusCode(403).body("user_error", is(true));

        asNuon(owner).get("/v1/components/" + cmp + "/builds").then().statusCode(200).body("id", contains(build));
        asNuon(owner).get("/v1/components/" + cmp + "/releases").then().statusCode(200).body("id", contains(release));
    }

    @Test
    void mechaMentalTokensNeverReachAnotherOrg() {
        String releases = newMechaMentalApp();
        RequestSpecification owner = asMechaMental("mm-demo-token").filter(Contracts.mechamental());
        String first = owner.contentType(JSON).body(Map.of("release_tag", "v1")).post(releases).then()
                .statusCode(201).extract().path("release_id");
        asMechaMental("mm-demo-token").post(releases + "/" + first + "/activate").then().statusCode(200);
        String second = asMechaMental("mm-demo-token").contentType(JSON).body(Map.of("release_tag", "v2"))
                .post(releases).then().statusCode(201).extract().path("release_id");

        mechaMentalForbidden().get(releases);
        mechaMentalForbidden().contentType(JSON).body(Map.of("release_tag", "v3")).post(releases);
        mechaMentalForbidden().get(releases + "/active");
        mechaMentalForbidden().get(releases + "/" + first);
        mechaMentalForbidden().delete(releases + "/" + second);
        for (String action : List.of("activate", "rollback", "archive")) {
            mechaMentalForbidden().post(releases + "/" + second + "/" + action);
        }
        asMechaMental("mm-other-token").filter(Contracts.mechamental())
                .get("/v1/orgs/other-org/workspaces/other-ws/apps/other-app/releases?include_archived=true&limit=200")
                .then().statusCode(200).body("releases.release_id", not(hasItems(first))).body(not(containsString(first)));

        asMechaMental("mm-demo-token").get(releases + "/active").then().statusCode(200).body("release_id", is(first));
        asMechaMental("mm-demo-token").get(releases + "/" + second).then().statusCode(200).body("status", is("draft"));
    }

    private String created(RequestSpecification as, String path, Object body) {
        return as.filter(Contracts.onna()).contentType(JSON).body(body).post(path).then().statusCode(201)
                .extract().path("onna_id");
    }

    /** A request whose answer must be Onna's 404 (OPTIONS and HEAD carry no body). */
    private static RequestSpecification onnaNotFound(String token) {
        return given().filter(Contracts.onna()).auth().oauth2(token).filter(answers(404,
                r -> assertThat(r.asString()).contains("XX404_not_found")));
    }

    private static RequestSpecification nuonNotFound(NuonTenant intruder) {
        return asNuon(intruder).filter(Contracts.nuon()).filter(answers(404,
                r -> assertThat(r.jsonPath().getString("error")).isEqualTo("not found")));
    }

    private static RequestSpecification mechaMentalForbidden() {
        return asMechaMental("mm-other-token").filter(Contracts.mechamental()).filter(answers(403,
                r -> assertThat(r.jsonPath().getInt("status_code")).isEqualTo(403)));
    }

    /** Fails the request unless it gets {@code status} and, when there is a body, {@code envelope} holds for it. */
    private static Filter answers(int status, Consumer<Response> envelope) {
        return (request, response, context) -> {
            Response answer = context.next(request, response);
            assertThat(answer.statusCode()).as(request.getMethod() + " " + request.getURI()).isEqualTo(status);
            if (!request.getMethod().equals("OPTIONS") && !request.getMethod().equals("HEAD")) {
                envelope.accept(answer);
            }
            return answer;
        };
    }
}
