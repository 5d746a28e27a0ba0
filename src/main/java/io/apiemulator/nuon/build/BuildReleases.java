package io.apiemulator.nuon.build;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The releases made from builds, rendered, for the builds' {@code releases} field (implemented by releases):
 * by build id, newest first, for a whole page of builds at once. Builds without releases are absent.
 */
public interface BuildReleases {

    Map<String, List<Object>> of(Collection<NuonBuild> builds, Instant now);
}
