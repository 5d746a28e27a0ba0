package io.apiemulator.reliability;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The short version of {@code bench/load.sh}: 16 virtual clients for 10 s against the test server, mixing
 * every family's writes and reads. No 5xx, every created record listed exactly once, one active release per app.
 */
class LoadSmokeTest extends ReliabilityTest {

    @Test
    void mixedLoadLosesAndDuplicatesNothing() throws Exception {
        LoadDriver.Result result = new LoadDriver(baseUrl()).run(16, Duration.ofSeconds(10));

        LoadAssertions.assertNothingLostOrBroken(result);
    }
}
