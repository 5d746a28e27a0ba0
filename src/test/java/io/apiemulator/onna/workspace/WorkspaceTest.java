package io.apiemulator.onna.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class WorkspaceTest extends OnnaApiTest {

    @Test
    void createAnswersOnlyTheNewIdInTheSeedsFormat() {
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", unique("ws")))
                .post("/v1/workspaces")
                .then().statusCode(201)
                .body("size()", is(1))
                .body("onna_id", matchesPattern("ws[0-9a-f]{30}"));
    }

    @Test
    void createdWorkspaceReadsBackWithEveryField() {
        String name = unique("My workspace");
        String id = created(asOnnaDemo(), "/v1/workspaces",
                Map.of("name", name, "description", "My personal workspace", "tags", List.of("project-x", "feature")));

        asOnnaDemo().filter(Contracts.onna()).get("/v1/workspaces/" + id)
                .then().statusCode(200)
                .body("onna_id", is(id))
                .body("name", is(name))
                .body("description", is("My personal workspace"))
                .body("tags", contains("project-x", "feature"))
                .body("creation_datetime", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"))
                .body("modification_datetime", is(notNullValue()));
    }

    @Test
    void descriptionAndTagsDefaultToEmpty() {
        String id = createWorkspace(asOnnaDemo());
        asOnnaDemo().filter(Contracts.onna()).get("/v1/workspaces/" + id)
                .then().statusCode(200).body("description", is("")).body("tags", empty());
    }

    @Test
    void tenThousandTagsAreAcceptedOneMoreIsNot() {
        List<String> tags = new ArrayList<>(Collections.nCopies(10_000, "t"));
        created(asOnnaDemo(), "/v1/workspaces", Map.of("name", unique("ws"), "tags", tags));
        tags.add("one-too-many");
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("name", unique("ws"), "tags", tags))
                .body("errors[0].detail", containsString("tags"));
    }

    @Test
    void createRefusesEachInvalidBodyWith422() {
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("description", "no name"))
                .body("errors[0].detail", is("name: Field required"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("name", "   "))
                .body("errors[0].detail", containsString("name"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("name", 5))
                .body("errors[0].detail", containsString("name"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("name", "x", "tags", "not-a-list"))
                .body("errors[0].detail", containsString("tags"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("name", "x", "tags", List.of(1, 2)))
                .body("errors[0].detail", containsString("tags"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", Map.of("name", "x", "description", false))
                .body("errors[0].detail", containsString("description"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", "{\"name\": \"x\", \"tags\": [\"a\", null]}")
                .body("errors[0].detail", containsString("tags[1]"));
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", "{\"name\": ");
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", "[]");
        rejected(asOnnaDemo(), "POST", "/v1/workspaces", "");
    }

    @Test
    void nonJsonBodyIs415() {
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.TEXT).body("name=x").post("/v1/workspaces")
                .then().statusCode(415).body("errors[0].code", is("XX415_unsupported_media_type"));
        String id = createWorkspace(asOnnaDemo());
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.XML).body("<name/>")
                .patch("/v1/workspaces/" + id).then().statusCode(415);
    }

    @Test
    void everyOperationNeedsAValidToken() {
        String id = createWorkspace(asOnnaDemo());
        for (RequestSpecification anonymous : List.of(given(), given().auth().oauth2("not-a-jwt"))) {
            anonymous.filter(Contracts.onna()).get("/v1/workspaces").then().statusCode(401)
                    .body("errors[0].code", is("XX401_unauthorized"));
        }
        given().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/v1/workspaces").then().statusCode(401);
        given().filter(Contracts.onna()).get("/v1/workspaces/" + id).then().statusCode(401);
        given().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .patch("/v1/workspaces/" + id).then().statusCode(401);
        given().filter(Contracts.onna()).delete("/v1/workspaces/" + id).then().statusCode(401);
        asOnnaDemo().get("/v1/workspaces/" + id).then().statusCode(200);
    }

    @Test
    void unknownIdsAre404() {
        String ghost = "ws000000000000000000000000000000";
        asOnnaDemo().filter(Contracts.onna()).get("/v1/workspaces/" + ghost).then().statusCode(404)
                .body("errors[0].code", is("XX404_not_found")).body("errors[0].status", is("404"));
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .patch("/v1/workspaces/" + ghost).then().statusCode(404);
        asOnnaDemo().filter(Contracts.onna()).delete("/v1/workspaces/" + ghost).then().statusCode(404);
    }

    @Test
    void anotherAccountsWorkspaceDoesNotExistForTheCaller() {
        String name = unique("mine");
        String id = created(asOnnaDemo(), "/v1/workspaces", Map.of("name", name));

        asOnnaOther().filter(Contracts.onna()).get("/v1/workspaces/" + id).then().statusCode(404);
        asOnnaOther().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "stolen"))
                .patch("/v1/workspaces/" + id).then().statusCode(404);
        asOnnaOther().filter(Contracts.onna()).delete("/v1/workspaces/" + id).then().statusCode(404);
        assertThat(listWorkspaces(this::asOnnaOther)).doesNotContain(id);

        asOnnaDemo().get("/v1/workspaces/" + id).then().statusCode(200).body("name", is(name));
        assertThat(listWorkspaces(this::asOnnaDemo)).contains(id);
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        String id = created(asOnnaDemo(), "/v1/workspaces",
                Map.of("name", unique("old"), "description", "kept", "tags", List.of("a")));
        String before = asOnnaDemo().get("/v1/workspaces/" + id).then().extract().path("modification_datetime");

        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "new name"))
                .patch("/v1/workspaces/" + id).then().statusCode(204).body(is(emptyString()));
        asOnnaDemo().get("/v1/workspaces/" + id).then()
                .body("name", is("new name")).body("description", is("kept")).body("tags", contains("a"))
                .body("modification_datetime", not(before));

        asOnnaDemo().contentType(ContentType.JSON).body(Map.of("tags", List.of(), "description", ""))
                .patch("/v1/workspaces/" + id).then().statusCode(204);
        asOnnaDemo().get("/v1/workspaces/" + id).then()
                .body("name", is("new name")).body("description", is("")).body("tags", empty());
    }

    @Test
    void failedPatchChangesNothing() {
        String name = unique("unchanged");
        String id = created(asOnnaDemo(), "/v1/workspaces", Map.of("name", name, "tags", List.of("a")));

        rejected(asOnnaDemo(), "PATCH", "/v1/workspaces/" + id, Map.of("name", " ", "tags", List.of("b")));
        rejected(asOnnaDemo(), "PATCH", "/v1/workspaces/" + id,
                Map.of("name", "new", "tags", Collections.nCopies(10_001, "t")));
        rejected(asOnnaDemo(), "PATCH", "/v1/workspaces/" + id, Map.of("name", 42));
        rejected(asOnnaDemo(), "PATCH", "/v1/workspaces/" + id, "{not json");

        asOnnaDemo().get("/v1/workspaces/" + id).then().body("name", is(name)).body("tags", contains("a"));
    }

    @Test
    void deletedWorkspaceIsGoneFromReadsAndListing() {
        String id = createWorkspace(asOnnaDemo());
        asOnnaDemo().filter(Contracts.onna()).delete("/v1/workspaces/" + id).then().statusCode(204)
                .body(is(emptyString()));
        asOnnaDemo().filter(Contracts.onna()).get("/v1/workspaces/" + id).then().statusCode(404);
        asOnnaDemo().filter(Contracts.onna()).delete("/v1/workspaces/" + id).then().statusCode(404);
        assertThat(listWorkspaces(this::asOnnaDemo)).doesNotContain(id);
    }

    @Test
    void listShowsNameAndIdOfEachWorkspaceInCreationOrder() {
        String first = created(asOnnaDemo(), "/v1/workspaces", Map.of("name", unique("first")));
        String second = created(asOnnaDemo(), "/v1/workspaces", Map.of("name", unique("second")));
        List<String> ids = listWorkspaces(this::asOnnaDemo);
        assertThat(ids).containsSubsequence(first, second).doesNotHaveDuplicates();
    }

    @Test
    void garbageCursorIs422NotA500() {
        for (String cursor : List.of("garbage", "2022-02-22 11:11:11.12345", "//ws1", "not-a-date//ws1")) {
            asOnnaDemo().filter(Contracts.onna()).queryParam("cursor", cursor).get("/v1/workspaces")
                    .then().statusCode(422).body("errors[0].code", is("XX422_unprocessable_entity"))
                    .body("errors[0].detail", containsString("cursor"));
        }
    }
}
