package io.apiemulator.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import io.apiemulator.kernel.persistence.Database;
import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedDocuments;
import io.apiemulator.kernel.state.SeedLookup;
import io.apiemulator.kernel.state.SeededState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.*;

/**
 * A misspelt key anywhere in a seed document (a section's own keys, a list item's, a nested list item's) is a 400
 * naming the key and its path, and the document changes nothing: a typo must not be silently ignored.
 */
class SeedKeysTest extends AdminTest {

    /** The start of a document whose Onna section holds a valid client, before another section. */
    private static final String ONNA_CLIENT = "{\"onna\": {\"clients\": [%s]}, ";

    @Autowired
    private SeedDocuments documents;

    @Autowired
    private SeedLookup lookup;

    @Autowired
    private Database database;

    @Test
    void misspeltOnnaKeysAreNamedWithTheirPath() {
        expectUnknown("{\"onna\": {\"clients\": [%s], \"workspace\": [{\"account_id\": \"a\", \"name\": \"n\"}]}}",
                "onna.workspace", "known fields: [clients, workspaces]");
        expectUnknown("{\"onna\": {\"clients\": [%s, {\"client_id\": \"c\", \"clientsecret\": \"s\"}]}}",
                "onna.clients[1].clientsecret", "client_secret");
        expectUnknown("{\"onna\": {\"clients\": [%s], \"workspaces\": [{\"account_id\": \"a\", \"name\": \"n\","
                + " \"folders\": [{\"name\": \"f\", \"folders\": [{\"nmae\": \"x\"}]}]}]}}",
                "onna.workspaces[0].folders[0].folders[0].nmae", "known fields: [folders, id, name]");
    }

    @Test
    void misspeltNuonKeysAreNamedWithTheirPath() {
        expectUnknown(ONNA_CLIENT + "\"nuon\": {\"org\": []}}", "nuon.org", "known fields: [orgs]");
        expectUnknown(ONNA_CLIENT + "\"nuon\": {\"orgs\": [{\"id\": \"org5eeded00000000000000001\", \"token\": [\"t\"]}]}}",
                "nuon.orgs[0].token", "tokens");
        expectUnknown(ONNA_CLIENT + "\"nuon\": {\"orgs\": [{\"id\": \"org5eeded00000000000000001\", \"apps\": [{\"id\":"
                + " \"app5eeded00000000000000001\", \"components\": [{\"id\": \"cmp5eeded00000000000000001\","
                + " \"typ\": \"helm_chart\"}]}]}]}}", "nuon.orgs[0].apps[0].components[0].typ",
                "known fields: [id, name, type]");
    }

    @Test
    void misspeltMechaMentalKeysAreNamedWithTheirPath() {
        expectUnknown(ONNA_CLIENT + "\"mechamental\": {\"token\": [{\"token\": \"t\"}]}}", "mechamental.token",
                "known fields: [apps, tokens]");
        expectUnknown(ONNA_CLIENT + "\"mechamental\": {\"apps\": [{\"org\": \"o\", \"workspace\": \"w\", \"app\": \"a\","
                + " \"relases\": [{\"release_tag\": \"v1\"}]}]}}", "mechamental.apps[0].relases", "releases");
        expectUnknown(ONNA_CLIENT + "\"mechamental\": {\"apps\": [{\"org\": \"o\", \"workspace\": \"w\", \"app\": \"a\","
                + " \"releases\": [{\"release_tag\": \"v1\", \"state\": \"active\"}]}]}}",
                "mechamental.apps[0].releases[0].state", "status");
    }

    @Test
    void badValuesInEveryFamilyNameTheirPlace() {
        expect400("{\"nuon\": {\"orgs\": [{\"id\": \"ORG\"}]}}",
                "seed section 'nuon': orgs[0].id must be 3 lowercase letters and 23 characters of [0-9a-z]");
        expect400("{\"nuon\": {\"orgs\": [{\"id\": \"org5eeded00000000000000001\", \"tokens\": [\" \"]}]}}",
                "seed section 'nuon': orgs[0].tokens[0] is required");
        expect400("{\"nuon\": {\"orgs\": [{\"id\": \"org5eeded00000000000000001\", \"apps\": [{\"id\":"
                + " \"app5eeded00000000000000001\", \"components\": [{\"id\": \"cmp5eeded00000000000000001\","
                + " \"type\": \"lambda\"}]}]}]}}", "orgs[0].apps[0].components[0].type must be one of terraform_module");
        expect400("{\"mechamental\": {\"tokens\": [{\"token\": \"t\", \"orgs\": \"o\"}]}}",
                "seed section 'mechamental': tokens[0].orgs must be a list of strings");
        expect400("{\"mechamental\": {\"apps\": [{\"org\": \"o\", \"workspace\": \"w\", \"app\": \"a\","
                + " \"releases\": [{\"release_tag\": \"" + "v".repeat(129) + "\"}]}]}}",
                "seed section 'mechamental': apps[0].releases[0].release_tag is longer than 128 characters");
    }

    @Test
    void aMisspeltKeyInTheSeedFileStopsTheStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.yaml");
        Files.writeString(file, """
                mechamental:
                  apps:
                    - {org: o, workspace: w, app: a, relases: [{release_tag: v1}]}
                """);
        SeededState state = new SeededState(documents, lookup, database, file.toString());
        assertThatThrownBy(state::afterSingletonsInstantiated).isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("emulator.seed-file " + file)
                .hasMessageContaining("unknown field 'relases' (mechamental.apps[0].relases)");
    }

    /**
     * {@code document} has a {@code %s} where a valid Onna client goes: it must not be created, since the document
     * is refused whole.
     */
    private static void expectUnknown(String document, String path, String known) {
        String clientId = unique("typo");
        admin().contentType("application/json").body(document.formatted(client(clientId, "s"))).post("/__admin/seed")
                .then().statusCode(400).body("error", is("Bad Request"))
                .body("message", allOf(containsString("unknown field '" + path.substring(path.lastIndexOf('.') + 1)
                        + "' (" + path + ")"), containsString(known)));
        assertThat(tokenStatus(clientId, "s")).isEqualTo(401);
    }

    private static void expect400(String body, String message) {
        admin().contentType("application/json").body(body).post("/__admin/seed").then().statusCode(400)
                .body("error", is("Bad Request")).body("message", containsString(message));
    }
}
