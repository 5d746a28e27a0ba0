package io.apiemulator.testcontainers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An image built with {@link ApiEmulatorContainer#fromDockerfile} gets every file docker/Dockerfile copies. */
class BuildContextTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("api-emulator.repository", "../.."));

    @Test
    void everyPathTheDockerfileCopiesIsSent() throws IOException {
        List<String> sources = Files.readAllLines(REPOSITORY.resolve("docker/Dockerfile")).stream()
                .filter(line -> line.startsWith("COPY ") && !line.startsWith("COPY --from="))
                .flatMap(line -> {
                    String[] words = line.trim().split("\\s+");
                    return Arrays.stream(words, 1, words.length - 1);
                })
                .filter(source -> !source.startsWith("target")) // the host's prebuilt jar, optional by design
                .map(source -> source.replaceAll("/$", ""))
                .toList();

        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(ApiEmulatorContainer.BUILD_CONTEXT)
                .anySatisfy(sent -> assertThat(source).startsWith(sent)));
    }
}
