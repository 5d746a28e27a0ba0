package io.apiemulator.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** The jar `mvn package` builds, run as users run it: `java -jar`, then driven over HTTP (failsafe, verify). */
class PackagedJarIT {

    private static final String ADMIN_TOKEN = "it-admin-token";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path dataDir;

    private static Process server;
    private static String baseUrl;
    private static long startMillis;

    @BeforeAll
    static void start() throws Exception {
        int port = freePort();
        Path jar = packagedJar();
        long start = System.nanoTime();
        server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--emulator.data-dir=" + dataDir,
                "--emulator.admin.token=" + ADMIN_TOKEN, "--emulator.seed-file=src/test/resources/seed/example-seed.yaml"))
                .redirectErrorStream(true).start();
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(PackagedJarIT::readyLine);
        String line = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        startMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("packaged jar ready in " + startMillis + " ms: " + line);
        baseUrl = "http://localhost:" + port;
        assertThat(line).contains(baseUrl).contains("onna client_id=demo-client client_secret=demo-secret");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void issuesTokensThatTheApiAccepts() {
        String token = given().baseUri(baseUrl).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "seeded-client").formParam("client_secret", "seeded-secret")
                .post("/v1/oauth/token").then().statusCode(200).extract().path("access_token");
        given().baseUri(baseUrl).auth().oauth2(token).get("/v1/oauth/user").then().statusCode(200)
                .body("account_id", is("seeded-account"));
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

    private static String readyLine() {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("api-emulator ready at")) {
                    // keep draining the output so the server never blocks on a full pipe
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return line;
                }
            }
            throw new IllegalStateException("server exited before it was ready: " + server.waitFor());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("api-emulator-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run mvn package first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
