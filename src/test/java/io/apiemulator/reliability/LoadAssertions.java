package io.apiemulator.reliability;

import static org.assertj.core.api.Assertions.assertThat;

/** What every mixed-load run must show (kept out of {@link LoadDriver}, which bench/load.sh runs on the bare JDK). */
public final class LoadAssertions {

    private LoadAssertions() {
    }

    /** No failed step, no 5xx, every created record listed exactly once, one active release per app. */
    public static void assertNothingLostOrBroken(LoadDriver.Result result) {
        assertThat(result.failures()).isEmpty();
        assertThat(result.serverErrors()).isZero();
        assertThat(result.workspacesCreated()).isPositive().isEqualTo(result.workspacesListedOnce());
        assertThat(result.buildsCreated()).isPositive().isEqualTo(result.buildsListedOnce());
        assertThat(result.releasesCreated()).isPositive().isEqualTo(result.releasesListedOnce());
        assertThat(result.activePerApp()).isNotEmpty().containsOnly(1);
    }
}
