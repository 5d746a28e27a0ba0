package io.apiemulator.onna.upload;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.Random;

import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The official tus-java-client 0.5.1, unchanged, against the default (Onna) success statuses. */
class TusClientTest extends TusTest {

    private static final int CHUNK = 256 * 1024;

    @Test
    void aMultiMegabyteUploadSurvivesAnInterruptionAndResumesFromTheStoredUrl() throws Exception {
        byte[] file = new byte[3 * 1024 * 1024 + 12345];
        new Random(42).nextBytes(file);
        String id = newFile();

        TusUploader first = client(id).createUpload(upload(file, id));
        first.setChunkSize(CHUNK);
        first.setRequestPayloadSize(CHUNK);
        for (int i = 0; i < 5; i++) {
            assertThat(first.uploadChunk()).isEqualTo(CHUNK);
        }
        URL stored = first.getUploadURL();
        // the process "dies" here: no finish(), the uploader is dropped
        assertThat(stored.toString()).isEqualTo(baseUrl() + path(id));
        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", String.valueOf(5 * CHUNK));

        TusUploader resumed = client(id).beginOrResumeUploadFromURL(upload(file, id), stored);
        assertThat(resumed.getOffset()).isEqualTo(5L * CHUNK);
        resumed.setChunkSize(CHUNK);
        resumed.setRequestPayloadSize(CHUNK);
        while (resumed.uploadChunk() > -1) {
            // keep sending
        }
        resumed.finish();

        tus().head(path(id)).then().statusCode(200).header("Upload-Offset", String.valueOf(file.length));
        assertThat(recorded(id).md5()).isEqualTo(md5(file));
        assertThat(recorded(id).size()).isEqualTo(file.length);
        assertThat(recorded(id).filename()).isEqualTo("big.bin");
    }

    private TusClient client(String id) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(URI.create(baseUrl() + path(id)).toURL());
        client.setHeaders(Map.of("Authorization", "Bearer " + onnaToken()));
        return client;
    }

    private static TusUpload upload(byte[] file, String id) {
        TusUpload upload = new TusUpload();
        upload.setInputStream(new ByteArrayInputStream(file));
        upload.setSize(file.length);
        upload.setFingerprint(id);
        upload.setMetadata(Map.of("filename", "big.bin", "filetype", "application/octet-stream"));
        return upload;
    }
}
