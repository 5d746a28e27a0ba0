package io.apiemulator.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.apiemulator.kernel.persistence.StorageProperties;
import io.apiemulator.support.Contracts;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** An admin reset takes every family back to its seeded state: what requests created is gone, seeds are back. */
class FamilyResetTest extends AdminTest {

    private static final String SEEDED_WORKSPACE = "ws5eeded000000000000000000000000";
    private static final String MM_RELEASES = "/v1/orgs/seeded-org/workspaces/seeded-ws/apps/seeded-app/releases";

    @Autowired
    private StorageProperties storage;

    @Test
    void onnaContainersResourcesAndUploadBytesAreGone() {
        RequestSpecification demo = onnaDemo();
        String workspace = created(demo, "/v1/workspaces", Map.of("name", unique("reset-ws")));
        String folder = created(onnaDemo(), "/v1/folders", Map.of("name", "f", "onna_parent_id", workspace));
        String file = created(onnaDemo(), "/v1/resources/files",
                Map.of("onna_parent_id", folder, "ref", unique("ref"), "url", "https://origin.example/f"));
        onnaDemo().contentType("application/offset+octet-stream").body(new byte[] {1, 2, 3})
                .put("/v1/upload/" + file + "/tus").then().statusCode(201);
        Path bytes = storage.dataDir().resolve("uploads").resolve(file);
        assertThat(bytes).isDirectory();
        onnaDemo().delete("/v1/workspaces/" + SEEDED_WORKSPACE).then().statusCode(204);

        reset();

        onnaDemo().get("/v1/workspaces/" + workspace).then().statusCode(404);
        onnaDemo().get("/v1/folders/" + folder).then().statusCode(404);
        onnaDemo().get("/v1/resources/files/" + file).then().statusCode(404);
        onnaDemo().header("Tus-Resumable", "1.0.0").head("/v1/upload/" + file + "/tus").then().statusCode(404);
        assertThat(Files.exists(bytes)).isFalse();
        onnaDemo().get("/v1/workspaces/" + SEEDED_WORKSPACE).then().statusCode(200)
                .body("name", is("Seeded workspace"));
    }

    @Test
    void nuonBuildsAndReleasesAreGoneAndSeededOrgsAreBack() {
        String build = nuonDemo().contentType(ContentType.JSON).header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\": \"main\"}").post("/v1/components/cmpdemo0000000000000000000/builds")
                .then().statusCode(201).extract().path("id");
        nuonDemo().get("/v1/components/builds/" + build).then().statusCode(200);

        reset();

        nuonDemo().get("/v1/components/builds/" + build).then().statusCode(404);
        nuonDemo().get("/v1/components/cmpdemo0000000000000000000/builds").then().statusCode(200)
                .body("$", empty());
        given().filter(Contracts.nuon()).auth().oauth2("nuon-seeded-token")
                .header("X-Nuon-Org-ID", "org5eeded00000000000000000")
                .get("/v1/components/cmp5eeded00000000000000000").then().statusCode(200);
    }

    @Test
    void mechaMentalReleasesAreGoneAndSeededReleasesAreBack() {
        String release = mechamental().contentType(ContentType.JSON)
                .body("{\"release_tag\": \"" + unique("v") + "\"}").post(MM_RELEASES)
                .then().statusCode(201).extract().path("release_id");
        mechamental().post(MM_RELEASES + "/" + release + "/activate").then().statusCode(200);

        reset();

        mechamental().get(MM_RELEASES + "/" + release).then().statusCode(404);
        mechamental().get(MM_RELEASES + "/active").then().statusCode(200).body("release_tag", is("v1.1.0"));
        mechamental().get(MM_RELEASES).then().statusCode(200)
                .body("releases.release_tag", containsInAnyOrder("v1.0.0", "v1.1.0"));
    }

    @Test
    void resetWithDataInEveryFamilyIsQuick() {
        for (int i = 0; i < 20; i++) {
            created(onnaDemo(), "/v1/workspaces", Map.of("name", unique("bulk")));
            mechamental().contentType(ContentType.JSON).body("{\"release_tag\": \"" + unique("bulk") + "\"}")
                    .post(MM_RELEASES).then().statusCode(201);
        }
        float first = reset();
        float slowest = 0;
        for (int i = 0; i < 5; i++) {
            slowest = Math.max(slowest, reset());
        }
        System.out.printf("admin reset with data: %.1f ms; slowest of 5 warm resets: %.1f ms%n", first, slowest);
        // the target is well under 100 ms; the bound is loose because the build machine is shared
        assertThat(slowest).isLessThan(1000f);
    }

    private static float reset() {
        return admin().post("/__admin/reset").then().statusCode(200).extract().path("duration_ms");
    }

    private RequestSpecification onnaDemo() {
        return given().filter(Contracts.onna()).auth().oauth2(onnaToken());
    }

    private static RequestSpecification nuonDemo() {
        return given().filter(Contracts.nuon()).auth().oauth2("nuon-demo-token")
                .header("X-Nuon-Org-ID", "orgdemo0000000000000000000");
    }

    private static RequestSpecification mechamental() {
        return given().filter(Contracts.mechamental()).auth().oauth2("mm-seeded-token");
    }

    private static String created(RequestSpecification as, String path, Object body) {
        return as.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("onna_id");
    }
}
