package io.apiemulator.onna.folder;

import java.util.List;
import java.util.Map;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class FolderTest extends OnnaApiTest {

    @Test
    void foldersNestInWorkspacesAndFolders() {
        String workspace = createWorkspace(asOnnaDemo());
        String name = unique("My folder");
        String outer = created(asOnnaDemo(), "/v1/folders", Map.of("name", name, "onna_parent_id", workspace));
        String inner = createFolder(asOnnaDemo(), outer);

        assertThat(List.of(outer, inner)).allMatch(id -> id.matches("fd[0-9a-f]{30}"));
        asOnnaDemo().filter(Contracts.onna()).get("/v1/folders/" + outer)
                .then().statusCode(200).body("size()", is(2)).body("name", is(name)).body("onna_id", is(outer));
        asOnnaDemo().filter(Contracts.onna()).get("/v1/folders/" + inner).then().statusCode(200);
    }

    @Test
    void parentMustExistInTheCallersAccount() {
        String foreignWorkspace = createWorkspace(asOnnaOther());
        String foreignFolder = createFolder(asOnnaOther(), foreignWorkspace);
        for (String parent : List.of("ws000000000000000000000000000000", foreignWorkspace, foreignFolder)) {
            asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON)
                    .body(Map.of("name", "x", "onna_parent_id", parent)).post("/v1/folders")
                    .then().statusCode(404).body("errors[0].code", is("XX404_not_found"));
        }
    }

    @Test
    void createValidationErrorsHaveFastApisShape() {
        fastApi422(Map.of("onna_parent_id", "ws1"))
                .body("detail[0].loc", contains("body", "name")).body("detail[0].type", is("missing"))
                .body("detail[0].msg", is("Field required"));
        fastApi422(Map.of("name", "x")).body("detail[0].loc", contains("body", "onna_parent_id"));
        fastApi422(Map.of()).body("detail.loc", containsInAnyOrder(contains("body", "name"),
                contains("body", "onna_parent_id")));
        fastApi422(Map.of("name", "  ", "onna_parent_id", "ws1")).body("detail[0].loc", contains("body", "name"));
        fastApi422(Map.of("name", List.of("x"), "onna_parent_id", "ws1"))
                .body("detail[0].loc", contains("body", "name"));
        fastApi422(Map.of("name", "x", "onna_parent_id", 7)).body("detail[0].loc", contains("body", "onna_parent_id"));
        fastApi422("{\"name\": \"x\",").body("detail[0].type", is("json_invalid"));
    }

    @Test
    void nonJsonBodyIs415() {
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.URLENC).formParam("name", "x")
                .post("/v1/folders").then().statusCode(415).body("errors[0].code", is("XX415_unsupported_media_type"));
    }

    @Test
    void everyOperationNeedsAValidToken() {
        String folder = createFolder(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        given().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "x", "onna_parent_id", "ws1"))
                .post("/v1/folders").then().statusCode(401).body("errors[0].code", is("XX401_unauthorized"));
        given().auth().oauth2("bad").filter(Contracts.onna()).get("/v1/folders/" + folder).then().statusCode(401);
        given().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .patch("/v1/folders/" + folder).then().statusCode(401);
        given().filter(Contracts.onna()).delete("/v1/folders/" + folder).then().statusCode(401);
        asOnnaDemo().get("/v1/folders/" + folder).then().statusCode(200);
    }

    @Test
    void unknownAndForeignFoldersAre404AndStayUntouched() {
        String name = unique("private");
        String folder = created(asOnnaDemo(), "/v1/folders",
                Map.of("name", name, "onna_parent_id", createWorkspace(asOnnaDemo())));
        for (String id : List.of("fd000000000000000000000000000000", folder)) {
            asOnnaOther().filter(Contracts.onna()).get("/v1/folders/" + id).then().statusCode(404)
                    .body("errors[0].code", is("XX404_not_found"));
            asOnnaOther().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "stolen"))
                    .patch("/v1/folders/" + id).then().statusCode(404);
            asOnnaOther().filter(Contracts.onna()).delete("/v1/folders/" + id).then().statusCode(404);
        }
        asOnnaDemo().get("/v1/folders/" + folder).then().statusCode(200).body("name", is(name));
    }

    @Test
    void patchRenames() {
        String folder = createFolder(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("name", "My updated folder name"))
                .patch("/v1/folders/" + folder).then().statusCode(204).body(is(emptyString()));
        asOnnaDemo().get("/v1/folders/" + folder).then().body("name", is("My updated folder name"));
    }

    @Test
    void failedPatchChangesNothing() {
        String name = unique("kept");
        String folder = created(asOnnaDemo(), "/v1/folders",
                Map.of("name", name, "onna_parent_id", createWorkspace(asOnnaDemo())));
        rejected(asOnnaDemo(), "PATCH", "/v1/folders/" + folder, Map.of())
                .body("errors[0].detail", containsString("name"));
        rejected(asOnnaDemo(), "PATCH", "/v1/folders/" + folder, Map.of("name", ""));
        rejected(asOnnaDemo(), "PATCH", "/v1/folders/" + folder, Map.of("name", 3));
        rejected(asOnnaDemo(), "PATCH", "/v1/folders/" + folder, "nope");
        asOnnaDemo().contentType(ContentType.TEXT).body("renamed").patch("/v1/folders/" + folder)
                .then().statusCode(415);
        asOnnaDemo().get("/v1/folders/" + folder).then().body("name", is(name));
    }

    @Test
    void deletingAFolderDeletesItsWholeSubtreeOnly() {
        String workspace = createWorkspace(asOnnaDemo());
        String doomed = createFolder(asOnnaDemo(), workspace);
        String nested = createFolder(asOnnaDemo(), doomed);
        String deepest = createFolder(asOnnaDemo(), nested);
        String fileInDoomed = createFile(asOnnaDemo(), doomed);
        String fileDeep = createFile(asOnnaDemo(), deepest);
        String ticketNested = createTicket(asOnnaDemo(), nested);
        String sibling = createFolder(asOnnaDemo(), workspace);
        String fileInSibling = createFile(asOnnaDemo(), sibling);
        String fileInWorkspace = createFile(asOnnaDemo(), workspace);

        List<String> deleted = resourcesDeletedDuring(() -> asOnnaDemo().filter(Contracts.onna())
                .delete("/v1/folders/" + doomed).then().statusCode(204));

        assertThat(deleted).containsExactlyInAnyOrder(fileInDoomed, fileDeep, ticketNested);
        for (String folder : List.of(doomed, nested, deepest)) {
            asOnnaDemo().filter(Contracts.onna()).get("/v1/folders/" + folder).then().statusCode(404);
        }
        asOnnaDemo().get("/v1/resources/files/" + fileInDoomed).then().statusCode(404);
        asOnnaDemo().get("/v1/resources/files/" + fileDeep).then().statusCode(404);
        asOnnaDemo().get("/v1/resources/tickets/" + ticketNested).then().statusCode(404);
        asOnnaDemo().contentType(ContentType.JSON).body(Map.of("name", "x", "onna_parent_id", nested))
                .post("/v1/folders").then().statusCode(404);

        asOnnaDemo().get("/v1/workspaces/" + workspace).then().statusCode(200);
        asOnnaDemo().get("/v1/folders/" + sibling).then().statusCode(200);
        asOnnaDemo().get("/v1/resources/files/" + fileInSibling).then().statusCode(201);
        asOnnaDemo().get("/v1/resources/files/" + fileInWorkspace).then().statusCode(201);
    }

    @Test
    void deletingAWorkspaceDeletesEverythingInIt() {
        String workspace = createWorkspace(asOnnaDemo());
        String folder = createFolder(asOnnaDemo(), workspace);
        String nested = createFolder(asOnnaDemo(), folder);
        String fileAtRoot = createFile(asOnnaDemo(), workspace);
        String ticketDeep = createTicket(asOnnaDemo(), nested);
        String otherWorkspace = createWorkspace(asOnnaDemo());
        String survivor = createFile(asOnnaDemo(), createFolder(asOnnaDemo(), otherWorkspace));

        List<String> deleted = resourcesDeletedDuring(() -> asOnnaDemo().filter(Contracts.onna())
                .delete("/v1/workspaces/" + workspace).then().statusCode(204));

        assertThat(deleted).containsExactlyInAnyOrder(fileAtRoot, ticketDeep);
        asOnnaDemo().get("/v1/folders/" + folder).then().statusCode(404);
        asOnnaDemo().get("/v1/folders/" + nested).then().statusCode(404);
        asOnnaDemo().get("/v1/resources/files/" + fileAtRoot).then().statusCode(404);
        asOnnaDemo().get("/v1/resources/tickets/" + ticketDeep).then().statusCode(404);
        asOnnaDemo().get("/v1/resources/files/" + survivor).then().statusCode(201);
    }

    @Test
    void deletingAnEmptyFolderAnnouncesNoResources() {
        String folder = createFolder(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        assertThat(resourcesDeletedDuring(() -> asOnnaDemo().delete("/v1/folders/" + folder)
                .then().statusCode(204))).isEmpty();
    }

    private ValidatableResponse fastApi422(Object body) {
        return asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON).body(body).post("/v1/folders")
                .then().statusCode(422).body("$", not(hasKey("errors")));
    }
}
