package io.apiemulator.onna.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.nimbusds.jose.jwk.JWKSet;

import io.apiemulator.kernel.persistence.StorageProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void instancesStartingTogetherOnOneDataDirAgreeOnOneKey() throws Exception {
        StorageProperties storage = new StorageProperties(dataDir, new StorageProperties.Persistence(true));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<JWKSet>> starts = IntStream.range(0, 4).<Callable<JWKSet>>mapToObj(
                    i -> () -> SigningKeys.load(storage)).toList();
            List<String> keyIds = pool.invokeAll(starts).stream().map(SigningKeysTest::keyId).distinct().toList();
            assertThat(keyIds).hasSize(1);
            assertThat(SigningKeys.load(storage).getKeys().get(0).getKeyID()).isEqualTo(keyIds.get(0));
            try (var files = Files.list(dataDir.resolve("keys"))) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("onna-hs256-jwk.json");
            }
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutPersistenceEveryStartHasItsOwnKey() {
        StorageProperties storage = new StorageProperties(dataDir, new StorageProperties.Persistence(false));
        assertThat(SigningKeys.load(storage).getKeys().get(0).getKeyID())
                .isNotEqualTo(SigningKeys.load(storage).getKeys().get(0).getKeyID());
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    private static String keyId(Future<JWKSet> set) {
        try {
            return set.get().getKeys().get(0).getKeyID();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
