package io.apiemulator.nuon;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * How fast emulated work advances: {@code emulator.nuon.step-duration} per status, or the request's
 * {@code X-Emulator-Step-Duration} (a Go duration; {@code 0s} makes builds and releases finish at once), and
 * how often a build fails ({@code emulator.nuon.failure-rate}).
 */
@Component
public class Pacing {

    public static final String STEP_HEADER = "X-Emulator-Step-Duration";

    private final NuonProperties properties;

    Pacing(NuonProperties properties) {
        this.properties = properties;
    }

    public Duration step(String header) {
        if (header == null) {
            return properties.stepDuration();
        }
        return GoDuration.parse(header.trim()).orElseThrow(() -> NuonException.invalid(
                STEP_HEADER + ": must be a Go duration such as 0s, 500ms or 2s"));
    }

    public boolean failsAtRandom() {
        return properties.failureRate() > 0 && ThreadLocalRandom.current().nextDouble() < properties.failureRate();
    }
}
