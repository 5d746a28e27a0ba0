package io.apiemulator.onna.upload;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.apiemulator.support.StallingStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two writers at one offset, and a writer that goes away mid-request. */
class TusConcurrencyTest extends TusTest {

    private static final int SIZE = 512 * 1024;

    @Test
    void twoPatchesAtOneOffsetHaveExactlyOneWinnerAndAnIntactFile() throws Exception {
        String id = newFile();
        create(id, SIZE, "race.bin");
        byte[] a = filled('a');
        byte[] b = filled('b');
        String token = onnaToken();
        CountDownLatch bAnswered = new CountDownLatch(1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // A sends half its body, then stalls until B has its answer: the two requests surely overlap
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(patch(id, token,
                HttpRequest.BodyPublishers.ofInputStream(() -> new StallingStream(a, SIZE / 2, bAnswered))),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        HttpResponse<String> second = http.send(patch(id, token, HttpRequest.BodyPublishers.ofByteArray(b)),
                HttpResponse.BodyHandlers.ofString());
        bAnswered.countDown();
        HttpResponse<String> firstResponse = first.get(60, TimeUnit.SECONDS);

        List<Integer> statuses = List.of(firstResponse.statusCode(), second.statusCode());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409 || s == 423).hasSize(1);
        byte[] winner = firstResponse.statusCode() == 200 ? a : b;
        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", String.valueOf(SIZE));
        assertThat(recordedMd5(id)).isEqualTo(md5(winner));
    }

    @Test
    void aClientThatGoesAwayKeepsTheBytesThatArrived() throws Exception {
        String id = newFile();
        byte[] file = filled('z');
        create(id, file.length, "cut.bin");
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + path(id) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + onnaToken()
                    + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n"
                    + "Upload-Offset: 0\r\nContent-Length: " + file.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(file, 0, 100_000);
            out.flush();
            Thread.sleep(500);
        }

        long deadline = System.currentTimeMillis() + 20_000;
        String offset;
        do {
            Thread.sleep(200);
            offset = tus().head(path(id)).then().statusCode(200).extract().header("Upload-Offset");
        } while (!offset.equals("100000") && System.currentTimeMillis() < deadline);
        assertThat(offset).isEqualTo("100000");

        tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 100_000)
                .body(Arrays.copyOfRange(file, 100_000, file.length)).patch(path(id)).then().statusCode(200);
        assertThat(recordedMd5(id)).isEqualTo(md5(file));
    }

    private HttpRequest patch(String id, String token, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path(id))).method("PATCH", body)
                .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                .header("Content-Type", OFFSET_OCTET_STREAM).header("Upload-Offset", "0").build();
    }

    private static byte[] filled(char c) {
        byte[] bytes = new byte[SIZE];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }
}
