package io.apiemulator.testcontainers;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyLineTest {

    @Test
    void readyLinePartsAreParsed() {
        String line = "INFO api-emulator ready at http://localhost:8080 (onna client_id=demo-client "
                + "client_secret=demo-secret; nuon token=nuon_abc org_id=org_1; mechamental token=mm_x); "
                + "Swagger UI at http://localhost:8080/swagger-ui.html";
        assertThat(ApiEmulatorContainer.parseReadyLine(line)).isEqualTo(Map.of(
                "onna", Map.of("client_id", "demo-client", "client_secret", "demo-secret"),
                "nuon", Map.of("token", "nuon_abc", "org_id", "org_1"),
                "mechamental", Map.of("token", "mm_x")));
    }

    @Test
    void noReadyLineMeansNothingAnnounced() {
        assertThat(ApiEmulatorContainer.parseReadyLine("starting...")).isEmpty();
    }
}
