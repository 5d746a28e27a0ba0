package io.apiemulator.onna.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import io.apiemulator.kernel.persistence.StorageProperties;
import io.apiemulator.onna.resource.UploadedFile;
import io.apiemulator.support.Contracts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** Every TUS 1.0.0 rule the endpoint implements, through real HTTP. */
class TusProtocolTest extends TusTest {

    private static final byte[] HELLO = "hello world".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    UploadHousekeeping housekeeping;

    @Autowired
    java.time.Clock clock;

    @Autowired
    StorageProperties storage;

    @Autowired
    UploadBook book;

    @Test
    void optionsAdvertisesTheServerWithoutTusResumable() {
        asOnnaDemo().filter(Contracts.onna()).options(path(newFile())).then().statusCode(204)
                .header("Tus-Version", "1.0.0")
                .header("Tus-Extension",
                        "creation,creation-defer-length,creation-with-upload,termination,checksum,expiration")
                .header("Tus-Max-Size", String.valueOf(10L * 1024 * 1024 * 1024))
                .header("Tus-Checksum-Algorithm", "sha1,md5,sha256")
                .header("Tus-Resumable", nullValue());
    }

    @Test
    void creationAnswersOnnasStatusWithTheAbsoluteUploadUrl() {
        String id = newFile();
        tus().header("Upload-Length", 11).header("Upload-Metadata", "filename " + b64("hello.txt") + ",is_confidential")
                .post(path(id)).then().statusCode(200)
                .header("Location", baseUrl() + path(id))
                .header("Upload-Offset", "0")
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Expires", matchesPattern("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));

        tus().head(path(id)).then().statusCode(200)
                .header("Upload-Offset", "0")
                .header("Upload-Length", "11")
                .header("Upload-Metadata", "filename " + b64("hello.txt") + ",is_confidential")
                .header("Cache-Control", "no-store")
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Defer-Length", nullValue());
    }

    @Test
    void chunksCompleteTheUploadAndRecordTheFileOnItsResource() {
        String id = newFile();
        create(id, HELLO.length, "../../secret/Hello.TXT");

        patch(id, 0, "hello ".getBytes()).then().statusCode(200).header("Upload-Offset", "6")
                .header("Upload-Expires", matchesPattern(".+ GMT"));
        patch(id, 6, "world".getBytes()).then().statusCode(200).header("Upload-Offset", "11")
                .header("Upload-Expires", nullValue());

        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", "11").header("Upload-Length", "11");
        assertThat(recorded(id)).isEqualTo(new UploadedFile(md5(HELLO), 11, "text/plain", "Hello.TXT", "txt"));
    }

    @Test
    void creationWithUploadStoresTheFirstChunk() {
        String id = newFile();
        tus().header("Upload-Length", 11).contentType(OFFSET_OCTET_STREAM).body("hello".getBytes())
                .post(path(id)).then().statusCode(200).header("Upload-Offset", "5");
        patch(id, 5, " world".getBytes()).then().statusCode(200).header("Upload-Offset", "11");
        assertThat(recordedMd5(id)).isEqualTo(md5(HELLO));
    }

    @Test
    void anEmptyUploadIsCompleteOnCreation() {
        String id = newFile();
        create(id, 0, "empty.bin");
        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", "0").header("Upload-Expires", nullValue());
        assertThat(recorded(id).size()).isZero();
        assertThat(recordedMd5(id)).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void deferredLengthIsDeclaredByALaterPatch() {
        String id = newFile();
        tus().header("Upload-Defer-Length", "1").post(path(id)).then().statusCode(200);
        tus().head(path(id)).then().statusCode(200).header("Upload-Defer-Length", "1")
                .header("Upload-Length", nullValue());

        patch(id, 0, "hello ".getBytes()).then().statusCode(200).header("Upload-Offset", "6");
        tus().header("Upload-Length", 11).contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 6)
                .body("world".getBytes()).patch(path(id)).then().statusCode(200).header("Upload-Offset", "11");

        tus().head(path(id)).then().header("Upload-Length", "11").header("Upload-Defer-Length", nullValue());
        assertThat(recordedMd5(id)).isEqualTo(md5(HELLO));
    }

    @Test
    void aDeclaredLengthCannotChange() {
        String id = newFile();
        create(id, 11, "a.txt");
        tus().header("Upload-Length", 12).contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 0)
                .body("hello".getBytes()).patch(path(id)).then().statusCode(400);
        assertOffset(id, 0);
    }

    @Test
    void creationRejectsBadLengthsAndMetadata() {
        String id = newFile();
        tus().post(path(id)).then().statusCode(400).body("errors[0].code", equalTo("XX400_bad_request"));
        tus().header("Upload-Defer-Length", "2").post(path(id)).then().statusCode(400);
        tus().header("Upload-Length", 5).header("Upload-Defer-Length", "1").post(path(id)).then().statusCode(400);
        for (String bad : new String[] {"-1", "abc", "1.5", "99999999999999999999", ""}) {
            tus().header("Upload-Length", bad).post(path(id)).then().statusCode(400);
        }
        tus().header("Upload-Length", 5).header("Upload-Metadata", "filename not-base64!").post(path(id)).then()
                .statusCode(400).body("errors[0].detail", matchesPattern(".*Base64.*"));
        tus().header("Upload-Length", 5).header("Upload-Metadata", "filename YQ==,filename YQ==").post(path(id))
                .then().statusCode(400);
        tus().header("Upload-Length", 10L * 1024 * 1024 * 1024 + 1).post(path(id)).then().statusCode(413)
                .body("errors[0].code", equalTo("XX413_request_entity_too_large"));

        tus().head(path(id)).then().statusCode(404).header("Upload-Offset", nullValue());
    }

    @Test
    void everyRequestButOptionsAndPutNeedsTusResumable100() {
        String id = newFile();
        create(id, 11, "a.txt");
        for (String version : new String[] {null, "0.2.2"}) {
            var noTus = asOnnaDemo().filter(Contracts.onna());
            if (version != null) {
                noTus.header("Tus-Resumable", version);
            }
            noTus.header("Upload-Length", 3).post(path(id)).then().statusCode(412).header("Tus-Version", "1.0.0")
                    .header("Tus-Resumable", "1.0.0").body("errors[0].code", equalTo("XX412_precondition_failed"));
        }
        asOnnaDemo().filter(Contracts.onna()).head(path(id)).then().statusCode(412).header("Tus-Version", "1.0.0");
        asOnnaDemo().filter(Contracts.onna()).contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 0)
                .body("hello".getBytes()).patch(path(id)).then().statusCode(412).header("Tus-Version", "1.0.0");
        asOnnaDemo().filter(Contracts.onna()).delete(path(id)).then().statusCode(412).header("Tus-Version", "1.0.0");
        assertOffset(id, 0);
        // PUT: optional, but a wrong version is still refused
        asOnnaDemo().filter(Contracts.onna()).header("Tus-Resumable", "2.0.0").contentType(OFFSET_OCTET_STREAM)
                .body(HELLO).put(path(id)).then().statusCode(412);
        assertOffset(id, 0);
    }

    @Test
    void patchNeedsTheOffsetOctetStreamContentType() {
        String id = newFile();
        create(id, 11, "a.txt");
        tus().contentType("application/octet-stream").header("Upload-Offset", 0).body(HELLO).patch(path(id)).then()
                .statusCode(415).body("errors[0].code", equalTo("XX415_unsupported_media_type"));
        tus().header("Upload-Offset", 0).patch(path(id)).then().statusCode(415);
        assertOffset(id, 0);
    }

    @Test
    void patchAtTheWrongOffsetConflictsAndWritesNothing() {
        String id = newFile();
        create(id, 11, "a.txt");
        patch(id, 0, "hello".getBytes()).then().statusCode(200);

        patch(id, 3, "XXXXXX".getBytes()).then().statusCode(409).header("Upload-Offset", "5")
                .body("errors[0].code", equalTo("XX409_conflict"));
        patch(id, 0, "XXXXXX".getBytes()).then().statusCode(409);
        assertOffset(id, 5);

        patch(id, 5, " world".getBytes()).then().statusCode(200);
        assertThat(recordedMd5(id)).isEqualTo(md5(HELLO));
    }

    @Test
    void patchRejectsBadOffsets() {
        String id = newFile();
        create(id, 11, "a.txt");
        for (String bad : new String[] {"-1", "x", "99999999999999999999", " "}) {
            tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", bad).body(HELLO).patch(path(id)).then()
                    .statusCode(400);
        }
        tus().contentType(OFFSET_OCTET_STREAM).body(HELLO).patch(path(id)).then().statusCode(400);
        assertOffset(id, 0);
    }

    @Test
    void patchPastTheLengthIsTooLargeAndWritesNothing() {
        String id = newFile();
        create(id, 4, "a.txt");
        patch(id, 0, HELLO).then().statusCode(413);
        assertOffset(id, 0);
        patch(id, 0, "hell".getBytes()).then().statusCode(200).header("Upload-Offset", "4");
        assertThat(recordedMd5(id)).isEqualTo(md5("hell".getBytes()));
    }

    @Test
    void checksumMismatchDiscardsTheChunk() {
        String id = newFile();
        create(id, 11, "a.txt");
        tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 0)
                .header("Upload-Checksum", "sha1 " + sha1("something else".getBytes())).body(HELLO)
                .patch(path(id)).then().statusCode(460).body("errors[0].code", equalTo("XX460_checksum_mismatch"))
                .body("errors[0].status", equalTo("460"));
        assertOffset(id, 0);

        tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 0).header("Upload-Checksum", "crc32 AAAAAA==")
                .body(HELLO).patch(path(id)).then().statusCode(400);
        assertOffset(id, 0);

        tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 0).header("Upload-Checksum", "sha1 " + sha1(HELLO))
                .body(HELLO).patch(path(id)).then().statusCode(200).header("Upload-Offset", "11");
        assertThat(recordedMd5(id)).isEqualTo(md5(HELLO));
    }

    /** The md5 is carried from chunk to chunk in memory: a discarded chunk must not stay in it. */
    @Test
    void aChunkDiscardedMidUploadIsNotInTheRecordedMd5() {
        String id = newFile();
        create(id, 11, "a.txt");
        patch(id, 0, "hello ".getBytes()).then().statusCode(200).header("Upload-Offset", "6");
        tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 6)
                .header("Upload-Checksum", "sha1 " + sha1("world".getBytes())).body("WORLD".getBytes())
                .patch(path(id)).then().statusCode(460);
        assertOffset(id, 6);

        patch(id, 6, "world".getBytes()).then().statusCode(200).header("Upload-Offset", "11");
        assertThat(recordedMd5(id)).isEqualTo(md5(HELLO));
    }

    @Test
    void putUploadsTheWholeFileInOneRequest() {
        String id = newFile();
        asOnnaDemo().filter(Contracts.onna()).contentType(OFFSET_OCTET_STREAM)
                .header("Upload-Metadata", "name " + b64("report.pdf")).body(HELLO)
                .put(path(id)).then().statusCode(201).header("Location", baseUrl() + path(id))
                .header("Upload-Offset", "11").header("Tus-Resumable", "1.0.0");

        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", "11").header("Upload-Length", "11");
        assertThat(recorded(id)).isEqualTo(new UploadedFile(md5(HELLO), 11, "application/pdf", "report.pdf", "pdf"));
    }

    @Test
    void creatingAgainStartsTheResourcesUploadOver() {
        String id = newFile();
        create(id, 11, "a.txt");
        patch(id, 0, "hello".getBytes()).then().statusCode(200);
        create(id, 3, "b.txt");
        assertOffset(id, 0);
        patch(id, 0, "abc".getBytes()).then().statusCode(200);
        assertThat(recorded(id).md5()).isEqualTo(md5("abc".getBytes()));
        assertThat(recorded(id).filename()).isEqualTo("b.txt");
    }

    @Test
    void terminationDeletesTheUpload() {
        String id = newFile();
        create(id, 11, "a.txt");
        patch(id, 0, "hello".getBytes()).then().statusCode(200);

        tus().delete(path(id)).then().statusCode(204).header("Tus-Resumable", "1.0.0");

        tus().head(path(id)).then().statusCode(404).header("Upload-Offset", nullValue());
        patch(id, 5, " world".getBytes()).then().statusCode(404);
        tus().delete(path(id)).then().statusCode(404);
    }

    @Test
    void methodOverrideDecidesTheMethod() {
        String id = newFile();
        create(id, 11, "a.txt");
        // no contract filter here: the validator picks the operation by the request line (POST), not the override
        asOnnaDemo().header("Tus-Resumable", "1.0.0").header("X-HTTP-Method-Override", "PATCH")
                .contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 0).body(HELLO).post(path(id)).then()
                .statusCode(200).header("Upload-Offset", "11").header("Location", nullValue());
        assertThat(recordedMd5(id)).isEqualTo(md5(HELLO));

        asOnnaDemo().header("Tus-Resumable", "1.0.0").header("X-HTTP-Method-Override", "DELETE").post(path(id))
                .then().statusCode(204);
        tus().head(path(id)).then().statusCode(404);
        asOnnaDemo().header("Tus-Resumable", "1.0.0").header("X-HTTP-Method-Override", "GET").post(path(id)).then()
                .statusCode(405).body("errors[0].code", equalTo("XX405_method_not_allowed"));
    }

    @Test
    void anotherAccountsOrAnUnknownResourceIsNotFound() {
        String id = newFile();
        create(id, 11, "a.txt");
        asOnnaOther().filter(Contracts.onna()).header("Tus-Resumable", "1.0.0").head(path(id)).then().statusCode(404)
                .header("Upload-Offset", nullValue());
        asOnnaOther().filter(Contracts.onna()).header("Tus-Resumable", "1.0.0").contentType(OFFSET_OCTET_STREAM)
                .header("Upload-Offset", 0).body(HELLO).patch(path(id)).then().statusCode(404)
                .body("errors[0].code", equalTo("XX404_not_found"));
        asOnnaOther().filter(Contracts.onna()).header("Tus-Resumable", "1.0.0").delete(path(id)).then().statusCode(404);
        asOnnaOther().filter(Contracts.onna()).options(path(id)).then().statusCode(404);
        assertOffset(id, 0);

        tus().head(path("nosuchresource")).then().statusCode(404);
        tus().head(path("not..valid")).then().statusCode(404);
    }

    @Test
    void noTokenIsUnauthorizedStillWithTusResumable() {
        given().filter(Contracts.onna()).header("Tus-Resumable", "1.0.0").head(path(newFile())).then().statusCode(401)
                .header("Tus-Resumable", "1.0.0");
        given().filter(Contracts.onna()).header("Tus-Resumable", "1.0.0").header("Upload-Length", 1)
                .post(path(newFile())).then().statusCode(401).body("errors[0].code", equalTo("XX401_unauthorized"));
    }

    @Test
    void unfinishedUploadsExpire() {
        String id = newFile();
        String done = newFile();
        create(id, 11, "a.txt");
        patch(id, 0, "hello".getBytes()).then().statusCode(200);
        create(done, 5, "b.txt");
        patch(done, 0, "hello".getBytes()).then().statusCode(200);

        housekeeping.removeExpired(clock.instant().plus(Duration.ofHours(25)));

        tus().head(path(id)).then().statusCode(404);
        tus().head(path(done)).then().statusCode(200).header("Upload-Offset", "5");
        // the resource itself stays: a new creation starts a new upload
        create(id, 1, "c.txt");
        assertOffset(id, 0);
    }

    @Test
    void deletingTheResourceDeletesItsUploadAndBytes() {
        String id = newFile();
        create(id, 11, "a.txt");
        patch(id, 0, "hello".getBytes()).then().statusCode(200);
        Path bytes = storage.dataDir().resolve("uploads").resolve(id);
        assertThat(bytes).isDirectory();

        asOnnaDemo().filter(Contracts.onna()).delete("/v1/resources/files/" + id).then().statusCode(204);

        assertThat(bytes).doesNotExist();
        assertThat(book.find(id)).isEmpty();
    }

    @Test
    void concatenationIsNotOfferedSoItsRequestsAreRefusedAndChangeNothing() {
        String id = newFile();
        // what tus-js-client sends with parallelUploads: 2, without asking OPTIONS first
        tus().header("Upload-Concat", "partial").header("Upload-Length", 5).post(path(id)).then().statusCode(501)
                .header("Tus-Resumable", "1.0.0")
                .body("errors[0].code", equalTo("XX501_not_implemented"))
                .body("errors[0].detail", containsString("concatenation"));
        tus().head(path(id)).then().statusCode(404);
        assertNotUploaded(id);

        // a complete upload stays as it is, whatever the concatenation request
        create(id, HELLO.length, "hello.txt");
        patch(id, 0, HELLO).then().statusCode(200);
        tus().header("Upload-Concat", "partial").header("Upload-Length", 5).contentType(OFFSET_OCTET_STREAM)
                .body("world".getBytes()).post(path(id)).then().statusCode(501);
        tus().header("Upload-Concat", "final;" + path(id) + " " + path(id)).post(path(id)).then().statusCode(501);
        tus().header("Upload-Concat", "partial").contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", 11)
                .body("!".getBytes()).patch(path(id)).then().statusCode(501);
        assertOffset(id, 11);
        assertThat(recorded(id)).isEqualTo(new UploadedFile(md5(HELLO), 11, "text/plain", "hello.txt", "txt"));
    }

    @Test
    void anEmptyUploadMetadataHeaderIsNoMetadata() {
        String id = newFile();
        // tuspy sends the header without pairs when it is given no metadata; tusd accepts that
        tus().header("Upload-Length", HELLO.length).header("Upload-Metadata", "").post(path(id)).then()
                .statusCode(200).header("Upload-Offset", "0");
        tus().head(path(id)).then().statusCode(200).header("Upload-Metadata", nullValue());
        patch(id, 0, HELLO).then().statusCode(200).header("Upload-Offset", "11");
        assertThat(recorded(id)).isEqualTo(new UploadedFile(md5(HELLO), 11, null, null, null));

        asOnnaDemo().filter(Contracts.onna()).contentType(OFFSET_OCTET_STREAM).header("Upload-Metadata", " ")
                .body(HELLO).put(path(id)).then().statusCode(201);
    }

    private void assertNotUploaded(String id) {
        asOnnaDemo().filter(Contracts.onna()).get("/v1/resources/files/" + id).then().statusCode(201)
                .body("md5", nullValue()).body("size", nullValue());
    }

    private io.restassured.response.Response patch(String id, long offset, byte[] body) {
        return tus().contentType(OFFSET_OCTET_STREAM).header("Upload-Offset", offset).body(body).patch(path(id));
    }

    private void assertOffset(String id, long offset) {
        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", String.valueOf(offset))
                .body(emptyOrNullString());
    }
}
