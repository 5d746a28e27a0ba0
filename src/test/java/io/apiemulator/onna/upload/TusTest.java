package io.apiemulator.onna.upload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.onna.resource.UploadedFile;
import io.apiemulator.support.Contracts;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** What the upload tests share: resources to upload to, TUS requests validated against the Onna contract. */
abstract class TusTest extends OnnaApiTest {

    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

    /** A new file resource of the demo account, created as the seed shows (POST /v1/resources/files). */
    String newFile() {
        return createFile(asOnnaDemo(), createWorkspace(asOnnaDemo()));
    }

    /** The md5 the file's read reports once its upload completed. */
    String recordedMd5(String resourceId) {
        return recorded(resourceId).md5();
    }

    /** What the file's read (GET /v1/resources/files/{id}) reports about its upload. */
    UploadedFile recorded(String resourceId) {
        JsonPath file = asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + resourceId).then()
                .statusCode(201).extract().jsonPath();
        return new UploadedFile(file.getString("md5"), file.getLong("size"), file.getString("mime_type"),
                file.getString("filename"), file.getString("extension"));
    }

    static String path(String resourceId) {
        return "/v1/upload/" + resourceId + "/tus";
    }

    /** A TUS request of the demo account, with Tus-Resumable: 1.0.0. */
    RequestSpecification tus() {
        return asOnnaDemo().filter(Contracts.onna()).header("Tus-Resumable", "1.0.0");
    }

    /** Creates an upload of {@code length} bytes named {@code name}. */
    void create(String resourceId, long length, String name) {
        tus().header("Upload-Length", length).header("Upload-Metadata", "filename " + b64(name))
                .post(path(resourceId)).then().statusCode(200);
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha1(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
