package io.apiemulator.nuon.component;

import java.time.Instant;
import java.util.Optional;

/** The component's newest build, rendered, for its {@code latest_build} field (implemented by builds). */
public interface LatestBuild {

    Optional<Object> of(NuonComponent component, Instant now);
}
