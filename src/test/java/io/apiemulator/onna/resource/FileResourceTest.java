package io.apiemulator.onna.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class FileResourceTest extends OnnaApiTest {

    private static final String FILES = "/v1/resources/files";

    @Autowired
    UploadTargets uploadTargets;

    @Test
    void createdFileReadsBackWithItsFieldsAndPlace() {
        String folder = createFolder(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("onna_parent_id", folder);
        body.put("ref", "origin-42");
        body.put("url", "https://origin.example/files/42");
        body.put("name", "report.pdf");
        body.put("tags", List.of("a", "b"));
        body.put("creation_date", "2024-05-01T10:00:00+02:00");
        String id = created(asOnnaDemo(), "/v1/resources/files", body);

        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id)
                .then().statusCode(201)
                .body("onna_id", is(id))
                .body("onna_parent_id", is(folder))
                .body("onna_url", is(baseUrl() + "/v1/resources/files/" + id))
                .body("ref", is("origin-42"))
                .body("url", is("https://origin.example/files/42"))
                .body("name", is("report.pdf"))
                .body("tags", contains("a", "b"))
                .body("creation_date", is("2024-05-01T10:00:00+02:00"))
                .body("$", not(hasKey("md5")))
                .body("$", not(hasKey("size")));
    }

    @Test
    void idsFollowTheSeedsFormat() {
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        assertThat(id).matches("fs[0-9a-f]{30}");
    }

    @Test
    void aCompletedUploadIsReportedOnRead() {
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        assertThat(uploadTargets.exists("demo-account", id)).isTrue();
        assertThat(uploadTargets.exists("other-account", id)).isFalse();
        uploadTargets.recordUpload(id, new UploadedFile("9e107d9d372bb6826bd81d3542a419d6", 44251,
                "application/pdf", "report.pdf", "pdf"));

        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id)
                .then().statusCode(201)
                .body("md5", is("9e107d9d372bb6826bd81d3542a419d6"))
                .body("size", is(44251))
                .body("mime_type", is("application/pdf"))
                .body("filename", is("report.pdf"))
                .body("extension", is("pdf"));
    }

    @Test
    void deletedFileIsGone() {
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaDemo().filter(Contracts.onna()).delete("/v1/resources/files/" + id).then().statusCode(204);
        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id).then().statusCode(404)
                .body("errors[0].code", is("XX404_not_found"));
        asOnnaDemo().filter(Contracts.onna()).delete("/v1/resources/files/" + id).then().statusCode(404);
        assertThat(uploadTargets.exists("demo-account", id)).isFalse();
    }

    @Test
    void deletionIsAnnouncedForTheUploadToFollow() {
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        assertThat(resourcesDeletedDuring(() -> asOnnaDemo().delete("/v1/resources/files/" + id)
                .then().statusCode(204))).containsExactly(id);
    }

    @Test
    void requiredFieldsListLimitsAndTypesAreEnforced() {
        String workspace = createWorkspace(asOnnaDemo());
        rejected(asOnnaDemo(), "POST", FILES, Map.of("ref", "r", "url", "u"))
                .body("errors[0].detail", containsString("onna_parent_id"));
        rejected(asOnnaDemo(), "POST", FILES, Map.of("onna_parent_id", workspace, "url", "u"))
                .body("errors[0].detail", containsString("ref"));
        rejected(asOnnaDemo(), "POST", FILES, Map.of("onna_parent_id", workspace, "ref", "r"))
                .body("errors[0].detail", containsString("url"));
        rejected(asOnnaDemo(), "POST", FILES, file(workspace, "tags", Collections.nCopies(1001, "t")))
                .body("errors[0].detail", containsString("tags"));
        rejected(asOnnaDemo(), "POST", FILES, file(workspace, "tags", "t"));
        rejected(asOnnaDemo(), "POST", FILES, file(workspace, "name", 12))
                .body("errors[0].detail", containsString("name"));
        rejected(asOnnaDemo(), "POST", FILES, file(workspace, "creation_date", "yesterday"))
                .body("errors[0].detail", containsString("creation_date"));
        rejected(asOnnaDemo(), "POST", FILES, "{\"onna_parent_id\":");
        created(asOnnaDemo(), FILES, file(workspace, "tags", Collections.nCopies(1000, "t")));
    }

    @Test
    void nonJsonBodyIs415() {
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.TEXT).body("x").post(FILES)
                .then().statusCode(415).body("errors[0].code", is("XX415_unsupported_media_type"));
    }

    @Test
    void parentMustExistInTheCallersAccount() {
        String foreignFolder = createFolder(asOnnaOther(), createWorkspace(asOnnaOther()));
        for (String parent : List.of("fd000000000000000000000000000000", foreignFolder)) {
            asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON)
                    .body(Map.of("onna_parent_id", parent, "ref", "r", "url", "u")).post(FILES)
                    .then().statusCode(404).body("errors[0].code", is("XX404_not_found"));
        }
    }

    @Test
    void anotherAccountsFileDoesNotExistForTheCaller() {
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaOther().filter(Contracts.onna()).get(FILES + "/" + id).then().statusCode(404);
        asOnnaOther().filter(Contracts.onna()).delete(FILES + "/" + id).then().statusCode(404);
        asOnnaDemo().get(FILES + "/" + id).then().statusCode(201);
    }

    @Test
    void aTicketIsNotAFile() {
        String ticket = createTicket(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaDemo().filter(Contracts.onna()).get(FILES + "/" + ticket).then().statusCode(404);
        asOnnaDemo().filter(Contracts.onna()).delete(FILES + "/" + ticket).then().statusCode(404);
        asOnnaDemo().get("/v1/resources/tickets/" + ticket).then().statusCode(200);
    }

    @Test
    void everyOperationNeedsAValidToken() {
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        for (RequestSpecification anonymous : List.of(given(), given().auth().oauth2("expired.or.forged"))) {
            anonymous.filter(Contracts.onna()).get(FILES + "/" + id).then().statusCode(401)
                    .body("errors[0].code", is("XX401_unauthorized"));
        }
        given().filter(Contracts.onna()).delete(FILES + "/" + id).then().statusCode(401);
        given().filter(Contracts.onna()).contentType(ContentType.JSON).body(Map.of("ref", "r")).post(FILES)
                .then().statusCode(401);
        asOnnaDemo().get(FILES + "/" + id).then().statusCode(201);
    }

    private static Map<String, Object> file(String parent, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("onna_parent_id", parent, "ref", "r", "url", "u"));
        body.put(field, value);
        return body;
    }
}
