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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** tus-js-client 4.3.1 in Node (npm, pinned by src/test/js/package-lock.json), used as its users use it. */
class TusJsClientTest extends OnnaApiTest {

    @TempDir
    Path dir;

    private byte[] bytes;
    private Path file;

    @BeforeEach
    void aFile() throws Exception {
        NodeScripts.assumeNode();
        bytes = new byte[200_000];
        new Random(11).nextBytes(bytes);
        file = Files.write(dir.resolve("upload.bin"), bytes);
    }

    @Test
    void parallelUploadsAreRefusedAndLeaveTheResourceNotUploaded() throws Exception {
        String id = newFile();

        // parallelUploads sends Upload-Concat: partial creations without asking OPTIONS for Tus-Extension first
        JsonPath result = upload(id, Map.of("parallelUploads", 2, "metadata", Map.of("filename", "halves.bin")));

        assertThat(result.getBoolean("ok")).isFalse();
        assertThat(result.getInt("status")).isEqualTo(501);
        assertThat(result.getString("body")).contains("concatenation");
        asOnnaDemo().header("Tus-Resumable", "1.0.0").head(uploadPath(id)).then().statusCode(404);
        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id).then().statusCode(201)
                .body("md5", nullValue()).body("size", nullValue()).body("filename", nullValue());

        // the same client without parallel uploads
        assertThat(upload(id, Map.of("metadata", Map.of("filename", "whole.bin"))).getBoolean("ok")).isTrue();
        assertUploaded(id, "whole.bin");
    }

    @Test
    void anEmptyUploadMetadataHeaderIsNoMetadata() throws Exception {
        String id = newFile();

        // tuspy sends "Upload-Metadata:" without pairs when given no metadata; here tus-js-client sends the same
        JsonPath result = upload(id, Map.of("headers", Map.of("Upload-Metadata", "")));

        assertThat(result.getBoolean("ok")).as(result.prettify()).isTrue();
        assertThat(result.getString("url")).isEqualTo(baseUrl() + uploadPath(id));
        assertUploaded(id, null);
    }

    private JsonPath upload(String id, Map<String, Object> options) throws Exception {
        return NodeScripts.run("tus-upload.mjs", Map.of("endpoint", baseUrl() + uploadPath(id), "token", onnaToken(),
                "file", file.toAbsolutePath().toString(), "options", options));
    }

    private void assertUploaded(String id, String filename) throws Exception {
        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id).then().statusCode(201)
                .body("md5", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes))))
                .body("size", equalTo(bytes.length)).body("filename", equalTo(filename));
    }

    private String newFile() {
        return createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
    }

    static String uploadPath(String id) {
        return "/v1/upload/" + id + "/tus";
    }
}
