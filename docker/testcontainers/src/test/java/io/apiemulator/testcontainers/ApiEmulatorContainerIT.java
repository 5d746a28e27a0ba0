package io.apiemulator.testcontainers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.testcontainers.images.builder.ImageFromDockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The container class against a real image: the prebuilt one named by {@code -Dapi-emulator.image} (CI), else
 * one built from this checkout's docker/Dockerfile. Skipped where no Docker engine answers; where one does,
 * a pull, build or start failure fails the build, and nothing waits longer than its timeout.
 */
@EnabledIfDockerEngine
@Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class ApiEmulatorContainerIT {

    /** A prebuilt image starts in seconds; a build from the sources also downloads Maven's dependencies. */
    private static final Duration START_PREBUILT = Duration.ofMinutes(3);
    private static final Duration BUILD_AND_START = Duration.ofMinutes(20);

    private static ApiEmulatorContainer emulator;

    @BeforeAll
    static void start() {
        Optional<String> prebuilt = ApiEmulatorContainer.configuredImage();
        emulator = prebuilt.map(ApiEmulatorContainer::new).orElseGet(() -> new ApiEmulatorContainer(builtImage()));
        assertTimeoutPreemptively(prebuilt.isPresent() ? START_PREBUILT : BUILD_AND_START, emulator::start,
                () -> "api-emulator container not started from " + prebuilt.orElse("docker/Dockerfile"));
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.stop();
        }
    }

    /** docker/Dockerfile; -Dapi-emulator.jdk-image / jre-image / build-network for machines without a registry. */
    private static ImageFromDockerfile builtImage() {
        ImageFromDockerfile image = ApiEmulatorContainer.fromDockerfile(
                Path.of(System.getProperty("api-emulator.repository", "../..")));
        Optional.ofNullable(System.getProperty("api-emulator.jdk-image")).ifPresent(i -> image.withBuildArg("JDK_IMAGE", i));
        Optional.ofNullable(System.getProperty("api-emulator.jre-image")).ifPresent(i -> image.withBuildArg("JRE_IMAGE", i));
        Optional.ofNullable(System.getProperty("api-emulator.build-network"))
                .ifPresent(network -> image.withBuildImageCmdModifier(build -> build.withNetworkMode(network)));
        return image;
    }

    @Test
    void servesOnnaWithATokenForTheAnnouncedClient() throws Exception {
        HttpResponse<String> user = get("/v1/oauth/user", emulator.onnaToken());

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(emulator.onnaClientId()).isEqualTo("demo-client");
    }

    @Test
    void rejectsOnnaCallsWithoutAToken() throws Exception {
        assertThat(get("/v1/oauth/user", null).statusCode()).isEqualTo(401);
    }

    @Test
    void announcesTheNuonAndMechaMentalTokensThatTheirApisAccept() throws Exception {
        String org = emulator.nuonOrgId().orElseThrow();
        // the seeded demo component (README)
        HttpRequest component = HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/v1/components/cmpdemo0000000000000000000"))
                .header("Authorization", "Bearer " + emulator.nuonToken().orElseThrow())
                .header("X-Nuon-Org-ID", org).build();

        assertThat(HTTP.send(component, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(emulator.mechamentalToken()).isPresent();
    }

    @Test
    void isReady() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
