package io.apiemulator.onna.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class FileResourceTest extends OnnaApiTest {

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
}
