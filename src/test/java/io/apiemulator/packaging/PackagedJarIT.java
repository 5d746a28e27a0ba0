package io.apiemulator.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.apiemulator.reliability.LoadAssertions;
import io.apiemulator.reliability.LoadDriver;
import io.apiemulator.support.ServerProcess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * The jar `mvn package` builds, run as users run it, then driven over HTTP (failsafe, verify): once as
 * {@code java -jar}, which starts on the bean definitions Spring AOT worked out at build time (as
 * {@code scripts/run-fast.sh} and the Docker image do too; nothing else in the suite runs on them), once with
 * {@code -Dspring.aot.enabled=false}, working them out at start-up; and, when a PostgreSQL database is given
 * (EMULATOR_DB_URL, as {@code .ci/run} does), on the postgres profile, as {@code docker/compose.yaml} runs it:
 * the build-time bean definitions were worked out for the embedded database.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("modes")
class PackagedJarIT {

    private static final String ADMIN_TOKEN = "it-admin-token";

    @Parameter
    String mode;

    private static Path dataDir;
    private static ServerProcess server;
    private static String baseUrl;

    static List<String> modes() {
        List<String> modes = new ArrayList<>(List.of("spring-aot", "without-spring-aot"));
        if (System.getenv("EMULATOR_DB_URL") != null) {
            modes.add("spring-aot-postgres");
        }
        return modes;
    }

    @BeforeParameterizedClassInvocation
    static void start(String mode) throws Exception {
        dataDir = Files.createTempDirectory("packaged-jar-it");
        List<String> arguments = new ArrayList<>(List.of("--emulator.data-dir=" + dataDir,
                "--emulator.admin.token=" + ADMIN_TOKEN, "--emulator.seed-file=src/test/resources/seed/example-seed.yaml"));
        if (mode.endsWith("-postgres")) {
            arguments.add("--spring.profiles.active=postgres");
        }
        long start = System.nanoTime();
        server = ServerProcess.start(mode.startsWith("without") ? List.of("-Dspring.aot.enabled=false") : List.of(),
                arguments.toArray(String[]::new));
        String line = server.readyLine();
        System.out.println(mode + " jar ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + line);
        baseUrl = server.baseUrl();
        assertThat(line).contains(baseUrl).contains("onna client_id=demo-client client_secret=demo-secret");
        assertThat(server.aotProcessed()).as("started on Spring AOT's bean definitions").isEqualTo(!mode.startsWith("without"));
    }

    @AfterParameterizedClassInvocation
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        FileSystemUtils.deleteRecursively(dataDir);
    }

    /** Every family's writes and reads (the repositories Spring AOT generated among them) under some load. */
    @Test
    void servesMixedTrafficOfEveryFamily() throws Exception {
        LoadDriver.Result result = new LoadDriver(baseUrl, ADMIN_TOKEN).run(4, Duration.ofSeconds(5));

        LoadAssertions.assertNothingLostOrBroken(result);
    }

    @Test
    void issuesTokensThatTheApiAccepts() {
        String token = given().baseUri(baseUrl).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "seeded-client").formParam("client_secret", "seeded-secret")
                .post("/v1/oauth/token").then().statusCode(200).extract().path("access_token");
        given().baseUri(baseUrl).auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200)
                .body("account_id", is("seeded-account"));
    }

    /** The application's classes come from {@code PackedJarClassLoader}, not from the launcher's URL probing. */
    @Test
    void loadsTheApplicationThroughPackedJarClassLoader() throws Exception {
        assertThat(server.jcmd("VM.classloaders"))
                .contains("org.springframework.boot.loader.launch.LaunchedClassLoader")
                .contains("io.apiemulator.PackedJarClassLoader");
    }

    @Test
    void healthAndProbesAnswer() {
        given().baseUri(baseUrl).get("/v1/health").then().statusCode(200);
        given().baseUri(baseUrl).get("/actuator/health/liveness").then().statusCode(200).body("status", is("UP"));
        given().baseUri(baseUrl).get("/actuator/health/readiness").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void adminApiWantsTheConfiguredToken() {
        given().baseUri(baseUrl).post("/__admin/reset").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", is("Unauthorized"));
        given().baseUri(baseUrl).auth().oauth2("wrong").post("/__admin/reset").then().statusCode(401);
        given().baseUri(baseUrl).auth().oauth2(ADMIN_TOKEN).post("/__admin/reset").then().statusCode(200)
                .body("seed_file", endsWith("example-seed.yaml"))
                .body("duration_ms", lessThan(1000f));
        given().baseUri(baseUrl).auth().oauth2(ADMIN_TOKEN).get("/__admin/version").then().statusCode(200)
                .body("version", not(is("unknown")));
    }
}
