package io.apiemulator.testcontainers;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Builds the image from docker/Dockerfile and drives it; skipped where no Docker engine is reachable. */
@Testcontainers(disabledWithoutDocker = true)
class ApiEmulatorContainerTest {

    @Container
    static final ApiEmulatorContainer EMULATOR = new ApiEmulatorContainer(
            new ImageFromDockerfile("api-emulator-test", false).withFileFromPath(".", Path.of("."))
                    .withDockerfile(Path.of("docker/Dockerfile")));

    @Test
    void servesOnnaWithTheAnnouncedCredentials() {
        given().baseUri(EMULATOR.baseUrl()).auth().oauth2(EMULATOR.onnaToken()).get("/v1/oauth/user")
                .then().statusCode(200);
        given().baseUri(EMULATOR.baseUrl()).get("/actuator/health/readiness").then().statusCode(200)
                .body("status", is("UP"));
    }
}
