package io.apiemulator.kernel.state;

import java.util.Map;

/**
 * One family's part of a seed file ({@code emulator.seed-file} at start-up, or {@code POST /__admin/seed}):
 * the value under the top-level key {@link #name()}, as parsed JSON/YAML. Applying a section is idempotent
 * (it creates or updates) and transactional: a section that fails leaves nothing behind.
 */
public interface SeedSection {

    /** Top-level key in the seed document, e.g. {@code onna}, {@code nuon}, {@code mechamental}. */
    String name();

    /** Creates or updates what the section describes; throws {@link InvalidSeedException} for bad content. */
    void apply(Map<String, Object> section);
}
