package io.apiemulator.reliability;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.apiemulator.support.ServerProcess;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * kill -9 with persistence on, twice over in one crash: an upload with its body in flight and a burst of
 * MechaMental activations on one app. After the restart the upload's offset only counts bytes that are on disk
 * (resuming from it yields the source's md5) and exactly one release of the app is active.
 */
class CrashRecoveryIT {

    private static final int LENGTH = 4 * 1024 * 1024;
    private static final int FIRST_CHUNK = 1024 * 1024;
    private static final String RELEASES = "/v1/orgs/demo-org/workspaces/demo-ws/apps/crash-app/releases";

    @TempDir
    Path dataDir;

    @Test
    void uploadsAndActivationsSurviveAKill9() throws Exception {
        byte[] source = new byte[LENGTH];
        new Random(42).nextBytes(source);
        try (ServerProcess server = ServerProcess.start("--emulator.persistence.enabled=true",
                "--emulator.data-dir=" + dataDir)) {
            String file = createFileWithUpload(server);
            patch(server, file, 0, Arrays.copyOfRange(source, 0, FIRST_CHUNK)).then().statusCode(200);
            List<String> drafts = drafts(server, 20);

            try (Socket inFlight = startPatch(server, file, FIRST_CHUNK, source)) {
                AtomicBoolean crashed = new AtomicBoolean();
                AtomicInteger activations = new AtomicInteger();
                ExecutorService activators = activate(server, drafts, crashed, activations);
                Thread.sleep(3000);
                server.kill9();
                crashed.set(true);
                activators.shutdown();
                activators.awaitTermination(60, TimeUnit.SECONDS);
                assertThat(activations.get()).as("activations before the crash").isPositive();
            }

            server.restart();
            long offset = Long.parseLong(tus(server).head("/v1/upload/" + file + "/tus").then().statusCode(200)
                    .extract().header("Upload-Offset"));
            // the first chunk was acknowledged seconds before the kill; the in-flight one never was
            assertThat(offset).isEqualTo(FIRST_CHUNK);
            patch(server, file, offset, Arrays.copyOfRange(source, (int) offset, LENGTH)).then().statusCode(200);
            onna(server).get("/v1/resources/files/" + file).then().statusCode(201)
                    .body("md5", is(md5(source))).body("size", is(LENGTH));

            String active = mm(server).get(RELEASES + "/active").then().statusCode(200).extract().path("release_id");
            List<String> statuses = mm(server).get(RELEASES + "?include_archived=true&limit=200").then().statusCode(200)
                    .extract().path("releases.status");
            assertThat(statuses).hasSize(drafts.size()).containsOnlyOnce("active");
            assertThat(drafts).contains(active);
        }
    }

    private static String createFileWithUpload(ServerProcess server) {
        String ws = onna(server).contentType("application/json").body(Map.of("name", "crash")).post("/v1/workspaces")
                .then().statusCode(201).extract().path("onna_id");
        String file = onna(server).contentType("application/json").body(Map.of("onna_parent_id", ws, "ref", "crash",
                "url", "https://origin.example/crash")).post("/v1/resources/files").then().statusCode(201)
                .extract().path("onna_id");
        tus(server).header("Upload-Length", LENGTH).post("/v1/upload/" + file + "/tus").then().statusCode(200);
        return file;
    }

    private static io.restassured.response.Response patch(ServerProcess server, String file, long offset, byte[] bytes) {
        return tus(server).header("Upload-Offset", offset).contentType("application/offset+octet-stream").body(bytes)
                .patch("/v1/upload/" + file + "/tus");
    }

    /** A PATCH for the rest of the file whose body stops after its first megabyte: still in flight at the kill. */
    private static Socket startPatch(ServerProcess server, String file, int offset, byte[] source) throws Exception {
        Socket socket = new Socket("localhost", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(("PATCH /v1/upload/" + file + "/tus HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token(server) + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: " + offset
                + "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " + (LENGTH - offset)
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(source, offset, FIRST_CHUNK);
        out.flush();
        return socket;
    }

    private static List<String> drafts(ServerProcess server, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(mm(server).contentType("application/json").body(Map.of("release_tag", "v" + i)).post(RELEASES)
                    .then().statusCode(201).extract().path("release_id"));
        }
        return ids;
    }

    /** Four clients activating releases of the app, round and round, until the server dies. */
    private static ExecutorService activate(ServerProcess server, List<String> drafts, AtomicBoolean crashed,
            AtomicInteger activations) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int start = t;
            pool.submit(() -> {
                for (int i = start; !crashed.get(); i += 4) {
                    try {
                        int status = mm(server).post(RELEASES + "/" + drafts.get(i % drafts.size()) + "/activate")
                                .statusCode();
                        if (status == 200) {
                            activations.incrementAndGet();
                        }
                    }
                    catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        return pool;
    }

    private static String token(ServerProcess server) {
        return given().baseUri(server.baseUrl()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", "demo-client").formParam("client_secret", "demo-secret")
                .formParam("grant_type", "client_credentials").post("/v1/oauth/token").then().statusCode(200)
                .extract().path("access_token");
    }

    private static RequestSpecification onna(ServerProcess server) {
        return given().baseUri(server.baseUrl()).auth().oauth2(token(server));
    }

    private static RequestSpecification tus(ServerProcess server) {
        return onna(server).header("Tus-Resumable", "1.0.0");
    }

    private static RequestSpecification mm(ServerProcess server) {
        return given().baseUri(server.baseUrl()).auth().oauth2("mm-demo-token");
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
