package io.apiemulator.nuon.release;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code service.CreateComponentReleaseRequest}: a build (or {@code auto_build}), installs and a rollout strategy. */
record CreateReleaseRequest(@JsonProperty("build_id") String buildId, @JsonProperty("auto_build") Boolean autoBuild,
        @JsonProperty("install_ids") List<String> installIds, Strategy strategy) {

    record Strategy(@JsonProperty("installs_per_step") Integer installsPerStep, String delay) {
    }
}
