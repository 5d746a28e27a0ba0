package io.apiemulator.onna.upload;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import io.apiemulator.ApiEmulatorApplication;
import io.apiemulator.support.Contracts;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With persistence on, an upload half done before a restart resumes after it: offset in the file database,
 * bytes in the data directory. Runs its own two servers (TUS success codes, to cover that setting too).
 */
class TusPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void anUploadResumesAfterARestart() {
        byte[] file = new byte[1024 * 1024];
        new Random(7).nextBytes(file);
        String id;
        try (ConfigurableApplicationContext server = start()) {
            int port = port(server);
            String workspace = as(port).contentType(ContentType.JSON).body(Map.of("name", "persist"))
                    .post("/v1/workspaces").then().statusCode(201).extract().path("onna_id");
            id = as(port).contentType(ContentType.JSON)
                    .body(Map.of("onna_parent_id", workspace, "ref", "r", "url", "https://origin.example/p"))
                    .post("/v1/resources/files").then().statusCode(201).extract().path("onna_id");
            tus(port).header("Upload-Length", file.length).header("Upload-Metadata", "filename cC5iaW4=")
                    .post(TusTest.path(id)).then().statusCode(201);
            tus(port).contentType(TusTest.OFFSET_OCTET_STREAM).header("Upload-Offset", 0)
                    .body(Arrays.copyOf(file, file.length / 2)).patch(TusTest.path(id)).then().statusCode(204)
                    .header("Upload-Offset", String.valueOf(file.length / 2));
        }

        try (ConfigurableApplicationContext server = start()) {
            int port = port(server);
            tus(port).head(TusTest.path(id)).then().statusCode(200)
                    .header("Upload-Offset", String.valueOf(file.length / 2));
            tus(port).contentType(TusTest.OFFSET_OCTET_STREAM).header("Upload-Offset", file.length / 2)
                    .body(Arrays.copyOfRange(file, file.length / 2, file.length)).patch(TusTest.path(id)).then()
                    .statusCode(204).header("Upload-Offset", String.valueOf(file.length));
            String md5 = as(port).get("/v1/resources/files/" + id).then().statusCode(201).extract().path("md5");
            assertThat(md5).isEqualTo(TusTest.md5(file));
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not builder properties: those are defaults that application.yml overrides
        return new SpringApplicationBuilder(ApiEmulatorApplication.class).run(
                "--server.port=0",
                "--emulator.persistence.enabled=true",
                "--emulator.data-dir=" + dataDir,
                "--emulator.onna.tus.success-codes=tus");
    }

    private static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }

    private static RequestSpecification as(int port) {
        String token = given().port(port).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "demo-client").formParam("client_secret", "demo-secret")
                .formParam("grant_type", "client_credentials").post("/v1/oauth/token").then().statusCode(200)
                .extract().path("access_token");
        return given().port(port).auth().oauth2(token).filter(Contracts.onna());
    }

    private static RequestSpecification tus(int port) {
        return as(port).header("Tus-Resumable", "1.0.0");
    }
}
