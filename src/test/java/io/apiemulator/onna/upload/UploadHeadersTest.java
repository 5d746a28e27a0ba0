package io.apiemulator.onna.upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.apiemulator.onna.resource.UploadedFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upload-Metadata and Upload-Checksum parsing, and what a completed upload tells its resource. */
class UploadHeadersTest {

    @Test
    void metadataDecodesPairsAndKeysWithoutValue() {
        UploadMetadata metadata = UploadMetadata.parse("filename " + b64("a b.pdf") + ",is_confidential, filetype "
                + b64("application/pdf"));

        assertThat(metadata.text("filename")).isEqualTo("a b.pdf");
        assertThat(metadata.text("filetype")).isEqualTo("application/pdf");
        assertThat(metadata.values()).containsKey("is_confidential");
    }

    @Test
    void metadataRejectsWhatTusForbids() {
        for (String bad : new String[] {"name not*base64", "name YQ=", "name YQ== extra",
                "name YQ==,name Yg==", "na\u0001me YQ==", ",", "name  YQ=="}) {
            assertThatThrownBy(() -> UploadMetadata.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEmptyMetadataHeaderIsNoMetadata() {
        assertThat(UploadMetadata.parse("")).isEqualTo(UploadMetadata.NONE);
        assertThat(UploadMetadata.parse("  ")).isEqualTo(UploadMetadata.NONE);
    }

    @Test
    void checksumKnowsSha1Md5AndSha256Only() {
        assertThat(UploadChecksum.parse("sha1 Kq5sNclPz7QV2+lfQIuc6R7oRu0=").algorithm()).isEqualTo("sha1");
        assertThat(UploadChecksum.parse(null)).isNull();
        assertThatThrownBy(() -> UploadChecksum.parse("crc32 AAAA")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> UploadChecksum.parse("sha1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UploadChecksum.parse("sha1 %%%")).hasMessageContaining("Base64");
    }

    @Test
    void fileFactsComeFromMetadataWithoutPaths() {
        UploadedFile file = UploadedFiles.describe(UploadMetadata.parse("filename " + b64("../../etc/Report.PDF")),
                "md5", 3);

        assertThat(file).isEqualTo(new UploadedFile("md5", 3, "application/pdf", "Report.PDF", "pdf"));
        assertThat(UploadedFiles.describe(UploadMetadata.parse("name " + b64("C:\\x\\notes.txt") + ",filetype "
                + b64("text/markdown")), "m", 1)).isEqualTo(new UploadedFile("m", 1, "text/markdown", "notes.txt", "txt"));
        assertThat(UploadedFiles.describe(UploadMetadata.NONE, "m", 0)).isEqualTo(new UploadedFile("m", 0, null, null, null));
        assertThat(UploadedFiles.baseName("dir/..")).isNull();
        assertThat(UploadedFiles.mimeType("not a type", "a.png")).isEqualTo("image/png");
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
