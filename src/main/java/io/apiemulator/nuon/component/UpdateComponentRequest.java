package io.apiemulator.nuon.component;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code service.UpdateComponentRequest}: {@code name} is required; {@code dependencies} replace the old ones. */
record UpdateComponentRequest(String name, @JsonProperty("var_name") String varName, List<String> dependencies) {
}
