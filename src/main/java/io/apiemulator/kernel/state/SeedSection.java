package io.apiemulator.kernel.state;

import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * One family's part of the seeded state: the value under the top-level key {@link #name()} of a seed document
 * ({@code emulator.seed-file}, {@code POST /__admin/seed}), bound to the record {@link #type()}, and the same
 * record built from the family's configuration ({@link #configured()}). Both are validated alike and go through
 * {@link #apply}; a section whose keys or values are wrong never reaches it.
 *
 * @param <T> the section's record: Jackson binds a document's snake_case keys to its components, Bean Validation
 *            annotations on them say what a valid value is
 */
public abstract class SeedSection<T> {

    private final String name;

    /** {@code name}: the top-level key in the seed document, e.g. {@code onna}, {@code nuon}, {@code mechamental}. */
    protected SeedSection(String name) {
        this.name = name;
    }

    public final String name() {
        return name;
    }

    /** The record {@code T}, as the implementing class names it. */
    @SuppressWarnings("unchecked")
    public Class<T> type() {
        return (Class<T>) ResolvableType.forClass(ClassUtils.getUserClass(getClass())).as(SeedSection.class)
                .resolveGeneric(0);
    }

    /** What the configuration seeds at start-up and after every reset. */
    public abstract T configured();

    /**
     * Creates or updates what the section describes (never duplicates, never deletes), in the caller's
     * transaction; throws {@link InvalidSeedException} when the stored state forbids it.
     */
    public abstract void apply(T section);
}
