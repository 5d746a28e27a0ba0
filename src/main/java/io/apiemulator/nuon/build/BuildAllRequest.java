package io.apiemulator.nuon.build;

/** {@code service.BuildAllComponentsRequest}: an empty object; Nuon also takes no body at all. */
record BuildAllRequest() {
}
