package io.apiemulator.testcontainers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConfiguredImageTest {

    private final String before = System.getProperty(ApiEmulatorContainer.IMAGE_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ApiEmulatorContainer.IMAGE_PROPERTY);
        }
        else {
            System.setProperty(ApiEmulatorContainer.IMAGE_PROPERTY, before);
        }
    }

    @Test
    void theSystemPropertyNamesThePrebuiltImage() {
        System.setProperty(ApiEmulatorContainer.IMAGE_PROPERTY, " api-emulator:ci ");

        assertThat(ApiEmulatorContainer.configuredImage()).contains("api-emulator:ci");
    }

    @Test
    void aBlankPropertyNamesNone() {
        assumeTrue(System.getenv(ApiEmulatorContainer.IMAGE_VARIABLE) == null, "API_EMULATOR_IMAGE is set");
        System.setProperty(ApiEmulatorContainer.IMAGE_PROPERTY, " ");

        assertThat(ApiEmulatorContainer.configuredImage()).isEmpty();
    }
}
