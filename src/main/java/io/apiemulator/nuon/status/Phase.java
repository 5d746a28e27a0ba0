package io.apiemulator.nuon.status;

import java.time.Instant;

/** One status of a build, release or step and the moment it was (or will be) entered. */
public record Phase(String status, String description, Instant since) {
}
