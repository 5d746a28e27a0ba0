package io.apiemulator.onna;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.apiemulator.onna.resource.ResourcesDeleted;

import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.hamcrest.Matchers.is;

/** Onna tests that need workspaces, folders and resources to exist: creates them through the API. */
public abstract class OnnaApiTest extends ApiTest {

    @Autowired
    private ConfigurableApplicationContext context;

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

    /** The ids every {@link ResourcesDeleted} event carried while {@code action} ran. */
    protected List<String> resourcesDeletedDuring(Runnable action) {
        List<String> ids = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof ResourcesDeleted deleted) {
                ids.addAll(deleted.resourceIds());
            }
        };
        context.addApplicationListener(listener);
        try {
            action.run();
        }
        finally {
            context.removeApplicationListener(listener);
        }
        return ids;
    }

    /** Sends a body that must be refused with Onna's JSON:API 422 envelope. */
    protected static ValidatableResponse rejected(RequestSpecification as, String method, String path, Object body) {
        return as.filter(Contracts.onna()).contentType(ContentType.JSON).body(body).request(method, path)
                .then().statusCode(422)
                .body("errors[0].code", is("XX422_unprocessable_entity"))
                .body("errors[0].status", is("422"));
    }

    /** Follows the list's cursors from the first page to the last and returns every listed workspace id. */
    protected List<String> listWorkspaces(Supplier<RequestSpecification> as) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as.get().filter(Contracts.onna());
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page = request.get("/v1/workspaces").then().statusCode(200);
            ids.addAll(page.extract().path("items.onna_id"));
            cursor = page.extract().path("cursor");
        } while (cursor != null);
        return ids;
    }
}
