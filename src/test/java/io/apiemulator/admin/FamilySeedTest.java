package io.apiemulator.admin;

import java.util.UUID;

import io.apiemulator.support.Contracts;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Seed documents reach every family: what they create answers through the family's own API. */
class FamilySeedTest extends AdminTest {

    /** Ids of the example seed file ({@code ApiTest.SEED_FILE}), applied at start-up. */
    private static final String SEEDED_WORKSPACE = "ws5eeded000000000000000000000000";
    private static final String SEEDED_FOLDER = "fd5eeded000000000000000000000000";
    private static final String SEEDED_NUON_ORG = "org5eeded00000000000000000";
    private static final String SEEDED_COMPONENT = "cmp5eeded00000000000000000";
    private static final String SEEDED_RELEASES = "/v1/orgs/seeded-org/workspaces/seeded-ws/apps/seeded-app/releases";

    @Test
    void exampleSeedFileIsInPlaceBeforeTheFirstRequest() {
        onna("demo").get("/v1/workspaces/" + SEEDED_WORKSPACE).then().statusCode(200)
                .body("name", is("Seeded workspace")).body("description", is("created by the example seed file"))
                .body("tags", contains("seeded", "example"));
        onna("demo").get("/v1/folders/" + SEEDED_FOLDER).then().statusCode(200).body("name", is("Inbox"));
        onna("other").get("/v1/workspaces/" + SEEDED_WORKSPACE).then().statusCode(404);

        nuon("nuon-seeded-token", SEEDED_NUON_ORG).get("/v1/components/" + SEEDED_COMPONENT).then().statusCode(200)
                .body("name", is("seeded-component")).body("type", is("helm_chart"));

        mechamental("mm-seeded-token").get(SEEDED_RELEASES + "/active").then().statusCode(200)
                .body("release_tag", is("v1.1.0")).body("status", is("active"));
        mechamental("mm-seeded-token").get(SEEDED_RELEASES).then().statusCode(200)
                .body("releases.release_tag", containsInAnyOrder("v1.0.0", "v1.1.0"));
    }

    @Test
    void seedCreatesWorkspacesFoldersNuonOrgsAndMechaMentalReleases() {
        Ids ids = new Ids();
        seed(ids.document("Team space", "Projects", "v1"));

        onnaAs(ids).get("/v1/workspaces/" + ids.workspace).then().statusCode(200).body("name", is("Team space"))
                .body("tags", contains("t1"));
        onnaAs(ids).get("/v1/folders/" + ids.folder).then().statusCode(200).body("name", is("Projects"));
        onnaAs(ids).get("/v1/workspaces").then().statusCode(200)
                .body("items.name", containsInAnyOrder("Team space", "Unnamed-id space"));
        nuon(ids.nuonToken, ids.nuonOrg).get("/v1/components/" + ids.component).then().statusCode(200)
                .body("name", is("web")).body("type", is("terraform_module"));
        mechamental(ids.mmToken).get(ids.releases() + "/active").then().statusCode(200)
                .body("release_tag", is("v1"));
    }

    @Test
    void seedingAgainUpdatesInsteadOfDuplicating() {
        Ids ids = new Ids();
        seed(ids.document("Team space", "Projects", "v1"));
        seed(ids.document("Renamed space", "Renamed folder", "v1"));

        onnaAs(ids).get("/v1/workspaces/" + ids.workspace).then().statusCode(200).body("name", is("Renamed space"));
        onnaAs(ids).get("/v1/folders/" + ids.folder).then().statusCode(200).body("name", is("Renamed folder"));
        // the workspace without an id was found again by account and name
        onnaAs(ids).get("/v1/workspaces").then().statusCode(200).body("items", hasSize(2));
        mechamental(ids.mmToken).get(ids.releases()).then().statusCode(200).body("releases", hasSize(1));
    }

    @Test
    void anInvalidSectionIs400AndNothingOfTheDocumentIsApplied() {
        Ids ids = new Ids();
        String document = ids.document("Team space", "Projects", "v1")
                .replace("\"status\": \"active\"", "\"status\": \"launched\"");
        admin().contentType("application/json").body(document).post("/__admin/seed").then().statusCode(400)
                .body("message", containsString("status must be draft, active or archived"));

        assertThat(tokenStatus(ids.client, "s")).isEqualTo(401);
        onna("demo").get("/v1/workspaces/" + ids.workspace).then().statusCode(404);
        nuon(ids.nuonToken, ids.nuonOrg).get("/v1/components/" + ids.component).then().statusCode(401);
        mechamental(ids.mmToken).get(ids.releases()).then().statusCode(401);
    }

    @Test
    void badWorkspaceEntriesAre400WithTheirPlace() {
        expect400("{\"workspaces\": {}}", "workspaces must be a list");
        expect400("{\"workspaces\": [{\"name\": \"n\"}]}", "workspaces[0].account_id is required");
        expect400("{\"workspaces\": [{\"account_id\": \"a\"}]}", "workspaces[0].name is required");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\", \"owner\": \"x\"}]}",
                "workspaces[0]: unknown field 'owner'");
        expect400("{\"workspaces\": [{\"id\": \"ws/1\", \"account_id\": \"a\", \"name\": \"n\"}]}",
                "workspaces[0].id must be 1 to 64 letters, digits or '-'");
        expect400("{\"workspaces\": [{\"id\": \"ws_%\", \"account_id\": \"a\", \"name\": \"n\"}]}",
                "workspaces[0].id must be");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\", \"tags\": \"t\"}]}",
                "workspaces[0].tags must be a list of strings");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\", \"tags\": [1]}]}",
                "workspaces[0].tags[0] must be a string");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\", \"description\": false}]}",
                "workspaces[0].description must be a string");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"" + "n".repeat(1001) + "\"}]}",
                "workspaces[0].name is longer than 1000 characters");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\", \"folders\": [{\"name\": \" \"}]}]}",
                "workspaces[0].folders[0].name is required");
        expect400("{\"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\", \"folders\": [{\"name\": \"f\","
                + " \"folders\": [\"x\"]}]}]}", "workspaces[0].folders[0].folders[0] must be an object");
    }

    @Test
    void seededIdsCannotMoveBetweenAccountsParentsOrKinds() {
        Ids ids = new Ids();
        seed(ids.document("Team space", "Projects", "v1"));
        String workspace = "{\"id\": \"%s\", \"account_id\": \"%s\", \"name\": \"n\"%s}";

        expect400("{\"workspaces\": [" + workspace.formatted(ids.workspace, "someone-else", "") + "]}",
                "workspaces[0]: workspace " + ids.workspace + " belongs to another account");
        expect400("{\"workspaces\": [" + workspace.formatted(ids.folder, ids.account, "") + "]}",
                "workspaces[0]: id " + ids.folder + " is a folder's");
        expect400("{\"workspaces\": [" + workspace.formatted(unique("ws"), ids.account,
                ", \"folders\": [{\"id\": \"" + ids.folder + "\", \"name\": \"moved\"}]") + "]}",
                "workspaces[0].folders[0]: folder " + ids.folder + " already exists elsewhere");
        expect400("{\"workspaces\": [" + workspace.formatted(unique("ws"), ids.account,
                ", \"folders\": [{\"id\": \"" + ids.workspace + "\", \"name\": \"f\"}]") + "]}",
                "workspaces[0].folders[0]: id " + ids.workspace + " is a workspace's");

        onnaAs(ids).get("/v1/workspaces/" + ids.workspace).then().statusCode(200).body("name", is("Team space"));
        onnaAs(ids).get("/v1/folders/" + ids.folder).then().statusCode(200).body("name", is("Projects"));
    }

    private static void expect400(String onnaSection, String message) {
        admin().contentType("application/json").body("{\"onna\": " + onnaSection + "}").post("/__admin/seed")
                .then().statusCode(400).body("message", containsString("seed section 'onna': " + message));
    }

    private RequestSpecification onna(String client) {
        return given().filter(Contracts.onna()).auth().oauth2(onnaToken(client + "-client", client + "-secret"));
    }

    private RequestSpecification onnaAs(Ids ids) {
        return given().filter(Contracts.onna()).auth().oauth2(onnaToken(ids.client, "s"));
    }

    private static RequestSpecification nuon(String token, String org) {
        return given().filter(Contracts.nuon()).auth().oauth2(token).header("X-Nuon-Org-ID", org);
    }

    private static RequestSpecification mechamental(String token) {
        return given().filter(Contracts.mechamental()).auth().oauth2(token);
    }

    /** Fresh names for one test: an Onna client and account, a Nuon org, a MechaMental org. */
    private static final class Ids {

        final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        final String client = "seedclient-" + suffix;
        final String account = "seedaccount-" + suffix;
        final String workspace = "ws-seed-" + suffix;
        final String folder = "fd-seed-" + suffix;
        final String nuonOrg = "org" + suffix + "00000000000";
        final String component = "cmp" + suffix + "00000000000";
        final String nuonToken = "nuon-" + suffix;
        final String mmToken = "mm-" + suffix;
        final String mmOrg = "mmorg-" + suffix;

        String releases() {
            return "/v1/orgs/" + mmOrg + "/workspaces/ws/apps/app/releases";
        }

        /** One document touching every family; names vary so that a second application can be told apart. */
        String document(String workspaceName, String folderName, String releaseTag) {
            return """
                    {"onna": {
                       "clients": [{"client_id": "%1$s", "client_secret": "s", "account_id": "%2$s",
                                    "user_id": "%1$s@example.com", "name": "Seed"}],
                       "workspaces": [
                         {"id": "%3$s", "account_id": "%2$s", "name": "%4$s", "tags": ["t1"],
                          "folders": [{"id": "%5$s", "name": "%6$s", "folders": [{"name": "Nested"}]}]},
                         {"account_id": "%2$s", "name": "Unnamed-id space", "folders": [{"name": "Loose"}]}]},
                     "nuon": {"orgs": [{"id": "%7$s", "tokens": ["%8$s"],
                       "apps": [{"id": "app%12$s00000000000", "components": [{"id": "%9$s", "name": "web"}]}]}]},
                     "mechamental": {
                       "tokens": [{"token": "%10$s", "orgs": ["%11$s"]}],
                       "apps": [{"org": "%11$s", "workspace": "ws", "app": "app",
                                 "releases": [{"release_tag": "%13$s", "status": "active"}]}]}}
                    """.formatted(client, account, workspace, workspaceName, folder, folderName, nuonOrg, nuonToken,
                    component, mmToken, mmOrg, suffix, releaseTag);
        }
    }
}
