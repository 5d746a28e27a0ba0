package io.apiemulator.mechamental.release;

import java.util.Locale;

/** A release's place in its lifecycle; see {@link ReleaseLifecycle} for the transitions. */
public enum ReleaseStatus {
    DRAFT, ACTIVE, SUPERSEDED, ARCHIVED;

    /** The wire form: {@code draft}, {@code active}, ... */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
