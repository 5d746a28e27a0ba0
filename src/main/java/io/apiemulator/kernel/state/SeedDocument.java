package io.apiemulator.kernel.state;

import java.util.List;

/** A seed document bound and validated, section by section: applying it can only fail on the stored state. */
public record SeedDocument(List<Part<?>> parts) {

    public SeedDocument {
        parts = List.copyOf(parts);
    }

    public List<String> sectionNames() {
        return parts.stream().map(p -> p.section().name()).toList();
    }

    /** One section's value. */
    public record Part<T>(SeedSection<T> section, T value) {

        void apply() {
            try {
                section.apply(value);
            }
            catch (InvalidSeedException e) {
                throw new InvalidSeedException("seed section '" + section.name() + "': " + e.getMessage());
            }
        }
    }
}
