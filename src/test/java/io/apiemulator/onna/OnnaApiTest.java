package io.apiemulator.onna;

import java.util.Map;
import java.util.UUID;

import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Onna tests that need workspaces, folders and resources to exist: creates them through the API. */
public abstract class OnnaApiTest extends ApiTest {

    /** A name no other test uses, so that tests sharing the server do not see each other's data. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    protected String createWorkspace(RequestSpecification as) {
        return created(as, "/v1/workspaces", Map.of("name", unique("ws")));
    }

    protected String createFolder(RequestSpecification as, String parentId) {
        return created(as, "/v1/folders", Map.of("name", unique("folder"), "onna_parent_id", parentId));
    }

    protected String createFile(RequestSpecification as, String parentId) {
        return created(as, "/v1/resources/files",
                Map.of("onna_parent_id", parentId, "ref", unique("ref"), "url", "https://origin.example/f"));
    }

    protected String createTicket(RequestSpecification as, String parentId) {
        return created(as, "/v1/resources/tickets", Map.of("name", unique("ticket"), "onna_parent_id", parentId,
                "ref", unique("ref"), "url", "https://origin.example/t"));
    }

    /** POSTs a JSON body, expects Onna's 201 {@code {onna_id}} and returns the id. */
    protected String created(RequestSpecification as, String path, Object body) {
        return as.filter(Contracts.onna()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("onna_id");
    }
}
