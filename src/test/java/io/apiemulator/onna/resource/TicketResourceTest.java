package io.apiemulator.onna.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

class TicketResourceTest extends OnnaApiTest {

    private static final String TICKETS = "/v1/resources/tickets";

    @Test
    void createdTicketReadsBackWithItsFieldsAndPlace() {
        String folder = createFolder(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        Map<String, Object> body = ticket(folder);
        body.put("assignees", List.of("ana", "bo"));
        body.put("priority", "high");
        body.put("comments", List.of(Map.of("author", "ana", "creation_date", "2024-05-01T10:00:00Z",
                "text", "On it")));
        String id = created(asOnnaDemo(), TICKETS, body);

        assertThat(id).matches("tk[0-9a-f]{30}");
        asOnnaDemo().filter(Contracts.onna()).get(TICKETS + "/" + id)
                .then().statusCode(200)
                .body("onna_id", is(id))
                .body("onna_parent_id", is(folder))
                .body("onna_url", is(baseUrl() + TICKETS + "/" + id))
                .body("name", is("CS0001401"))
                .body("ref", is("f352dc9387632300d6b0a7da0acb0b60"))
                .body("assignees", contains("ana", "bo"))
                .body("priority", is("high"))
                .body("comments[0].text", is("On it"))
                .body("comments[0].creation_date", is("2024-05-01T10:00:00Z"))
                .body("$", not(hasKey("md5")));
    }

    @Test
    void requiredFieldsListLimitsAndTypesAreEnforced() {
        String folder = createFolder(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        for (String required : List.of("name", "onna_parent_id", "ref", "url")) {
            Map<String, Object> body = ticket(folder);
            body.remove(required);
            rejected(asOnnaDemo(), "POST", TICKETS, body)
                    .body("errors[0].detail", is(required + ": Field required"));
        }
        for (String list : List.of("assignees", "followers", "reactions", "tags")) {
            rejected(asOnnaDemo(), "POST", TICKETS, with(folder, list, Collections.nCopies(1001, "x")))
                    .body("errors[0].detail", containsString(list));
        }
        Map<String, Object> comment = Map.of("author", "a", "creation_date", "2024-05-01T10:00:00Z", "text", "t");
        rejected(asOnnaDemo(), "POST", TICKETS, with(folder, "comments", Collections.nCopies(5001, comment)))
                .body("errors[0].detail", containsString("comments"));
        rejected(asOnnaDemo(), "POST", TICKETS, with(folder, "comments", List.of(Map.of("author", "a"))))
                .body("errors[0].detail", containsString("comments[0]"));
        rejected(asOnnaDemo(), "POST", TICKETS, with(folder, "comments", List.of(Map.of("author", "a",
                "creation_date", "soon", "text", "t")))).body("errors[0].detail", containsString("creation_date"));
        rejected(asOnnaDemo(), "POST", TICKETS, with(folder, "comments", "none"));
        rejected(asOnnaDemo(), "POST", TICKETS, with(folder, "priority", 1));
        rejected(asOnnaDemo(), "POST", TICKETS, with(folder, "update_date", "2024-13-45T99:00:00Z"));
        rejected(asOnnaDemo(), "POST", TICKETS, "{\"name\": [}");
        created(asOnnaDemo(), TICKETS, with(folder, "comments", Collections.nCopies(5000, comment)));
    }

    @Test
    void nonJsonBodyIs415() {
        asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.URLENC).formParam("name", "x").post(TICKETS)
                .then().statusCode(415).body("errors[0].code", is("XX415_unsupported_media_type"));
    }

    @Test
    void parentMustExistInTheCallersAccount() {
        String foreignFolder = createFolder(asOnnaOther(), createWorkspace(asOnnaOther()));
        for (String parent : List.of("fd000000000000000000000000000000", foreignFolder)) {
            asOnnaDemo().filter(Contracts.onna()).contentType(ContentType.JSON).body(ticket(parent)).post(TICKETS)
                    .then().statusCode(404).body("errors[0].code", is("XX404_not_found"));
        }
    }

    @Test
    void anotherAccountsTicketDoesNotExistForTheCaller() {
        String id = createTicket(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaOther().filter(Contracts.onna()).get(TICKETS + "/" + id).then().statusCode(404);
        asOnnaOther().filter(Contracts.onna()).delete(TICKETS + "/" + id).then().statusCode(404);
        asOnnaDemo().get(TICKETS + "/" + id).then().statusCode(200);
    }

    @Test
    void aFileIsNotATicket() {
        String file = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        asOnnaDemo().filter(Contracts.onna()).get(TICKETS + "/" + file).then().statusCode(404);
        asOnnaDemo().filter(Contracts.onna()).delete(TICKETS + "/" + file).then().statusCode(404);
    }

    @Test
    void deletedTicketIsGoneAndItsDeletionAnnounced() {
        String id = createTicket(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        assertThat(resourcesDeletedDuring(() -> asOnnaDemo().filter(Contracts.onna()).delete(TICKETS + "/" + id)
                .then().statusCode(204).body(is(emptyString())))).containsExactly(id);
        asOnnaDemo().filter(Contracts.onna()).get(TICKETS + "/" + id).then().statusCode(404);
    }

    @Test
    void everyOperationNeedsAValidToken() {
        String id = createTicket(asOnnaDemo(), createWorkspace(asOnnaDemo()));
        given().filter(Contracts.onna()).get(TICKETS + "/" + id).then().statusCode(401)
                .body("errors[0].code", is("XX401_unauthorized"));
        given().auth().oauth2("bad").filter(Contracts.onna()).delete(TICKETS + "/" + id).then().statusCode(401);
        given().filter(Contracts.onna()).contentType(ContentType.JSON).body(ticket("x")).post(TICKETS)
                .then().statusCode(401);
        asOnnaDemo().get(TICKETS + "/" + id).then().statusCode(200);
    }

    private static Map<String, Object> ticket(String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "CS0001401");
        body.put("onna_parent_id", parent);
        body.put("ref", "f352dc9387632300d6b0a7da0acb0b60");
        body.put("url", "https://origin.example/tickets/CS0001401");
        return body;
    }

    private static Map<String, Object> with(String parent, String field, Object value) {
        Map<String, Object> body = ticket(parent);
        body.put(field, value);
        return body;
    }
}
