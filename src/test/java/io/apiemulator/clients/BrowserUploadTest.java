package io.apiemulator.clients;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A web page on another origin uploads a file with tus-js-client in headless Chromium: CORS preflights, TUS
 * headers read by the page, then the file's md5 read back through the API.
 */
class BrowserUploadTest extends OnnaApiTest {

    @TempDir
    Path dir;

    @Test
    void aPageOnAnotherOriginUploadsAFileWithTusJsClient() throws Exception {
        NodeScripts.assumeChromium();
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("upload.bin"), bytes);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        String id = createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));

        JsonPath result = NodeScripts.run("browser-upload.mjs", Map.of("api", baseUrl(), "resourceId", id,
                "token", onnaToken(), "file", file.toAbsolutePath().toString(),
                "chromium", NodeScripts.CHROMIUM.toString()));

        assertThat(result.getBoolean("ok")).as(result.prettify()).isTrue();
        assertThat(result.getString("pageOrigin")).startsWith("http://127.0.0.1:").isNotEqualTo(baseUrl());
        assertThat(result.getString("url")).isEqualTo(baseUrl() + TusJsClientTest.uploadPath(id));
        assertThat(result.getInt("readStatus")).isEqualTo(201);
        assertThat(result.getString("md5")).isEqualTo(md5);
        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id).then().statusCode(201)
                .body("md5", equalTo(md5)).body("size", equalTo(bytes.length))
                .body("filename", equalTo("from-browser.bin"));
    }
}
