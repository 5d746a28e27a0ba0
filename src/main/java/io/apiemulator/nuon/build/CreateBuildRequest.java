package io.apiemulator.nuon.build;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code service.CreateComponentBuildRequest}: {@code git_ref} is required unless {@code use_latest} is true. */
record CreateBuildRequest(@JsonProperty("git_ref") String gitRef, @JsonProperty("use_latest") Boolean useLatest) {
}
