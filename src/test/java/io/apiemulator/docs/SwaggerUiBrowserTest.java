package io.apiemulator.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Swagger UI in a real browser (headless Chromium, skipped where none is installed): its first page is Onna's. */
class SwaggerUiBrowserTest extends ApiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void firstPageShowsOnnasContract() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        Path profile = Files.createTempDirectory("swagger-ui-chromium-");
        try {
            Path dom = profile.resolve("dom.html");
            Process browser = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom",
                    baseUrl() + "/swagger-ui.html").redirectOutput(dom.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!browser.waitFor(2, TimeUnit.MINUTES)) {
                browser.destroyForcibly();
            }
            assertThat(Files.readString(dom, StandardCharsets.UTF_8)).contains("class=\"title\">Onna Platform API (api-emulator)")
                    .contains("<option value=\"/openapi/onna.yaml\">Onna Platform API</option>");
        }
        finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
