package io.apiemulator.nuon.build;

import java.time.Instant;
import java.util.List;

/** The releases made from a build, rendered, for the build's {@code releases} field (implemented by releases). */
public interface BuildReleases {

    List<Object> of(NuonBuild build, Instant now);
}
