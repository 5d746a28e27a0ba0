package io.apiemulator.onna.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import io.apiemulator.kernel.persistence.StorageProperties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadStoreTest {

    private static final Runnable NO_HEARTBEAT = () -> {
    };

    @TempDir
    Path dataDir;

    private UploadStore store;

    @BeforeEach
    void store() {
        store = new UploadStore(new StorageProperties(dataDir, null));
    }

    @Test
    void appendsAtTheOffsetAndCutsOffUncommittedBytes() throws IOException {
        store.reset("r1");
        store.append("r1", 0, in("hello wor"), 100, List.of(), NO_HEARTBEAT);
        // only "hello " was committed: the next append starts there and "wor" is gone
        UploadStore.Appended appended = store.append("r1", 6, in("world"), 100, List.of(), NO_HEARTBEAT);

        assertThat(appended).isEqualTo(new UploadStore.Appended(5, false, false));
        assertThat(Files.readString(dataDir.resolve("uploads/r1/data"))).isEqualTo("hello world");
    }

    /** Bodies larger than the background flush step: flushed while written, every byte in place at the end. */
    @Test
    void aLargeBodyIsWrittenWhole() throws IOException {
        byte[] body = new byte[3 * 1024 * 1024 + 5];
        new Random(7).nextBytes(body);
        store.reset("big");
        MessageDigest md5 = UploadChecksum.digest("md5");
        UploadStore.Appended appended = store.append("big", 0, new ByteArrayInputStream(body), body.length,
                List.of(md5), NO_HEARTBEAT);

        assertThat(appended).isEqualTo(new UploadStore.Appended(body.length, false, false));
        assertThat(Files.readAllBytes(dataDir.resolve("uploads/big/data"))).isEqualTo(body);
        assertThat(store.md5("big", body.length, NO_HEARTBEAT)).isEqualTo(HexFormat.of().formatHex(md5.digest()));
    }

    @Test
    void stopsAtTheLimitAndReportsTheOverflow() throws IOException {
        store.reset("r2");
        UploadStore.Appended appended = store.append("r2", 0, in("0123456789"), 4, List.of(), NO_HEARTBEAT);

        assertThat(appended.overflow()).isTrue();
        assertThat(appended.bytes()).isEqualTo(4);
        assertThat(Files.size(dataDir.resolve("uploads/r2/data"))).isEqualTo(4);
    }

    @Test
    void keepsWhatArrivedWhenTheBodyBreaksOff() throws IOException {
        store.reset("r3");
        InputStream breaking = new SequenceInputStream(in("partial"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        UploadStore.Appended appended = store.append("r3", 0, breaking, 100, List.of(), NO_HEARTBEAT);

        assertThat(appended).isEqualTo(new UploadStore.Appended(7, false, true));
        assertThat(Files.readString(dataDir.resolve("uploads/r3/data"))).isEqualTo("partial");
    }

    @Test
    void digestsExactlyTheBytesWritten() throws Exception {
        store.reset("r4");
        MessageDigest sha1 = UploadChecksum.digest("sha1");
        store.append("r4", 0, in("hello world"), 100, List.of(sha1), NO_HEARTBEAT);

        assertThat(HexFormat.of().formatHex(sha1.digest())).isEqualTo("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed");
        assertThat(store.md5("r4", 11, NO_HEARTBEAT)).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
    }

    @Test
    void refusesAnOffsetBeyondTheBytesOnDisk() throws IOException {
        store.reset("r5");
        assertThatThrownBy(() -> store.append("r5", 3, in("x"), 10, List.of(), NO_HEARTBEAT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverLeavesTheUploadsDirectory() {
        assertThatThrownBy(() -> store.reset("../escape")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletesOneUploadOrAll() throws IOException {
        store.reset("a");
        store.reset("b");
        store.delete("a");
        assertThat(store.idleIds(Instant.now().plusSeconds(60))).containsExactly("b");
        assertThat(store.idleIds(Instant.now().minusSeconds(60))).isEmpty();
        store.deleteAll();
        assertThat(store.idleIds(Instant.now().plusSeconds(60))).isEmpty();
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes());
    }
}
