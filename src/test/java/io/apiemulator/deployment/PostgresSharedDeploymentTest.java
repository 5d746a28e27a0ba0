package io.apiemulator.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import io.apiemulator.support.Contracts;
import io.apiemulator.support.SharedDeployment;
import io.apiemulator.support.StallingStream;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Two instances behind one PostgreSQL database and one data directory behave as one emulator. Runs when
 * EMULATOR_DB_URL is set: {@code scripts/with-postgres.sh ./mvnw -B -ntp verify}, or only these:
 * {@code scripts/with-postgres.sh ./mvnw -B -q -ntp test -Dtest='io.apiemulator.deployment.**'}.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "EMULATOR_DB_URL", matches = ".+")
class PostgresSharedDeploymentTest {

    private static final String OCTET_STREAM = "application/offset+octet-stream";

    private static SharedDeployment deployment;

    @BeforeAll
    static void start() throws Exception {
        deployment = SharedDeployment.start();
    }

    @AfterAll
    static void stop() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void aTokenFromOneInstanceWorksOnTheOther() {
        String token = token(deployment.a(), "demo-client", "demo-secret");
        given().baseUri(deployment.b()).auth().oauth2(token).get("/v1/oauth/user")
                .then().statusCode(200).body("account_id", is("demo-account"));
    }

    @Test
    void seedOnOneInstanceAndResetOnTheOtherAreSeenByBoth() {
        String clientId = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        admin(deployment.a()).contentType("application/json")
                .body("{\"onna\": {\"clients\": [{\"client_id\": \"" + clientId + "\", \"client_secret\": \"s\","
                        + " \"account_id\": \"shared-account\", \"user_id\": \"shared@example.com\","
                        + " \"name\": \"Shared\"}]}}")
                .post("/__admin/seed").then().statusCode(200);
        given().baseUri(deployment.b()).auth().oauth2(token(deployment.b(), clientId, "s"))
                .get("/v1/oauth/user").then().statusCode(200).body("account_id", is("shared-account"));

        admin(deployment.b()).post("/__admin/reset").then().statusCode(200)
                .body("tables_emptied", hasItem(containsString("onna_client")));

        tokenRequest(deployment.a(), clientId, "s").then().statusCode(401);
        tokenRequest(deployment.a(), "demo-client", "demo-secret").then().statusCode(200);
    }

    @Test
    void resetsOnBothInstancesAtOnceLeaveTheSeededState() {
        var onA = java.util.concurrent.CompletableFuture.runAsync(
                () -> admin(deployment.a()).post("/__admin/reset").then().statusCode(200));
        var onB = java.util.concurrent.CompletableFuture.runAsync(
                () -> admin(deployment.b()).post("/__admin/reset").then().statusCode(200));
        onA.join();
        onB.join();
        tokenRequest(deployment.b(), "other-client", "other-secret").then().statusCode(200);
    }

    @Test
    void aTusUploadStartedOnOneInstanceIsFinishedOnTheOther() {
        String token = token(deployment.a(), "demo-client", "demo-secret");
        String file = newFile(deployment.a(), token);
        byte[] bytes = randomBytes(300_000);
        int half = bytes.length / 2;
        tus(deployment.a(), token).header("Upload-Length", bytes.length).post(uploadPath(file)).then().statusCode(200);
        tus(deployment.a(), token).contentType(OCTET_STREAM).header("Upload-Offset", 0)
                .body(Arrays.copyOfRange(bytes, 0, half)).patch(uploadPath(file)).then().statusCode(200)
                .header("Upload-Offset", String.valueOf(half));

        tus(deployment.b(), token).head(uploadPath(file)).then().statusCode(200)
                .header("Upload-Offset", String.valueOf(half)).header("Upload-Length", String.valueOf(bytes.length));
        tus(deployment.b(), token).contentType(OCTET_STREAM).header("Upload-Offset", half)
                .body(Arrays.copyOfRange(bytes, half, bytes.length)).patch(uploadPath(file)).then().statusCode(200)
                .header("Upload-Offset", String.valueOf(bytes.length));

        for (String instance : List.of(deployment.a(), deployment.b())) {
            onna(instance, token).get("/v1/resources/files/" + file).then().statusCode(201)
                    .body("md5", is(md5(bytes))).body("size", is(bytes.length));
        }
    }

    @Test
    void concurrentPatchesAtOneOffsetOnBothInstancesHaveExactlyOneWinner() throws Exception {
        int size = 512 * 1024;
        String token = token(deployment.a(), "demo-client", "demo-secret");
        String file = newFile(deployment.a(), token);
        tus(deployment.a(), token).header("Upload-Length", size).post(uploadPath(file)).then().statusCode(200);
        byte[] first = filled(size, 'a');
        byte[] second = filled(size, 'b');
        CountDownLatch secondAnswered = new CountDownLatch(1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // the patch on A sends half its body, then stalls until B answered: the two requests surely overlap
        CompletableFuture<HttpResponse<String>> onA = http.sendAsync(patch(deployment.a(), file, token,
                HttpRequest.BodyPublishers.ofInputStream(() -> new StallingStream(first, size / 2, secondAnswered))),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        HttpResponse<String> onB = http.send(patch(deployment.b(), file, token,
                HttpRequest.BodyPublishers.ofByteArray(second)), HttpResponse.BodyHandlers.ofString());
        secondAnswered.countDown();
        HttpResponse<String> answerA = onA.get(60, TimeUnit.SECONDS);

        List<Integer> statuses = List.of(answerA.statusCode(), onB.statusCode());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409 || s == 423).hasSize(1);
        byte[] winner = answerA.statusCode() == 200 ? first : second;
        tus(deployment.b(), token).head(uploadPath(file)).then().statusCode(200)
                .header("Upload-Offset", String.valueOf(size));
        onna(deployment.a(), token).get("/v1/resources/files/" + file).then().statusCode(201)
                .body("md5", is(md5(winner)));
    }

    @Test
    void concurrentActivationsOnBothInstancesLeaveExactlyOneActiveRelease() throws Exception {
        String releases = "/v1/orgs/demo-org/workspaces/demo-ws/apps/app-" + UUID.randomUUID() + "/releases";
        int threads = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ids.add(mechamental(i % 2 == 0 ? deployment.a() : deployment.b()).contentType(ContentType.JSON)
                    .body(Map.of("release_tag", "v" + i)).post(releases).then().statusCode(201)
                    .extract().<String>path("release_id"));
        }
        CyclicBarrier start = new CyclicBarrier(threads);
        List<CompletableFuture<Integer>> activations = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String instance = i % 2 == 0 ? deployment.a() : deployment.b();
            String id = ids.get(i);
            activations.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return mechamental(instance).post(releases + "/" + id + "/activate").then().extract().statusCode();
            }));
        }
        for (CompletableFuture<Integer> activation : activations) {
            assertThat(activation.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }

        for (String instance : List.of(deployment.a(), deployment.b())) {
            List<String> statuses = mechamental(instance).get(releases + "?limit=200").then().statusCode(200)
                    .extract().path("releases.status");
            assertThat(statuses).hasSize(threads).containsOnlyOnce("active").doesNotContain("draft");
        }
        String active = mechamental(deployment.a()).get(releases + "/active").then().statusCode(200)
                .extract().path("release_id");
        mechamental(deployment.b()).get(releases + "/active").then().statusCode(200).body("release_id", is(active));
    }

    private static String newFile(String baseUrl, String token) {
        String workspace = onna(baseUrl, token).contentType(ContentType.JSON)
                .body(Map.of("name", "ws-" + UUID.randomUUID())).post("/v1/workspaces")
                .then().statusCode(201).extract().path("onna_id");
        return onna(baseUrl, token).contentType(ContentType.JSON)
                .body(Map.of("onna_parent_id", workspace, "ref", "ref-" + UUID.randomUUID(),
                        "url", "https://origin.example/f"))
                .post("/v1/resources/files").then().statusCode(201).extract().path("onna_id");
    }

    private static RequestSpecification onna(String baseUrl, String token) {
        return given().baseUri(baseUrl).filter(Contracts.onna()).auth().oauth2(token);
    }

    private static RequestSpecification tus(String baseUrl, String token) {
        return onna(baseUrl, token).header("Tus-Resumable", "1.0.0");
    }

    private static RequestSpecification mechamental(String baseUrl) {
        return given().baseUri(baseUrl).filter(Contracts.mechamental()).auth().oauth2("mm-demo-token");
    }

    private static String uploadPath(String file) {
        return "/v1/upload/" + file + "/tus";
    }

    private static HttpRequest patch(String baseUrl, String file, String token, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + uploadPath(file))).method("PATCH", body)
                .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                .header("Content-Type", OCTET_STREAM).header("Upload-Offset", "0").build();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] filled(int size, char c) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameSeedDocumentSentToBothInstancesAtOnceIsAppliedOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String org = "org" + suffix + "00000000000";
        String document = """
                {"nuon": {"orgs": [{"id": "%s", "tokens": ["nuon-%s"]}]},
                 "mechamental": {"tokens": [{"token": "mm-%s", "orgs": ["org-%s"]}],
                                 "apps": [{"org": "org-%s", "workspace": "ws", "app": "app"}]}}
                """.formatted(org, suffix, suffix, suffix, suffix);
        CyclicBarrier start = new CyclicBarrier(4);
        List<CompletableFuture<Integer>> seeds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String instance = i % 2 == 0 ? deployment.a() : deployment.b();
            seeds.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return admin(instance).contentType(ContentType.JSON).body(document).post("/__admin/seed")
                        .then().extract().statusCode();
            }));
        }
        for (CompletableFuture<Integer> seed : seeds) {
            assertThat(seed.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        given().baseUri(deployment.b()).filter(Contracts.mechamental()).auth().oauth2("mm-" + suffix)
                .get("/v1/orgs/org-" + suffix + "/workspaces/ws/apps/app/releases").then().statusCode(200);
    }

    private static RequestSpecification admin(String baseUrl) {
        return given().baseUri(baseUrl);
    }

    private static String token(String baseUrl, String clientId, String secret) {
        return tokenRequest(baseUrl, clientId, secret).then().statusCode(200).extract().path("access_token");
    }

    private static io.restassured.response.Response tokenRequest(String baseUrl, String clientId, String secret) {
        return given().baseUri(baseUrl).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .formParam("grant_type", "client_credentials").post("/v1/oauth/token");
    }
}
