package io.apiemulator.onna;

/** Wording and rules shared by the Onna request bodies, so that refusals read like the vendor's (pydantic). */
public final class OnnaValidation {

    /** pydantic's message for a required field that is absent (or null). */
    public static final String REQUIRED = "Field required";

    /** A name must hold something besides whitespace; null passes (pair it with {@code @NotNull} when required). */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    public static final String BLANK = "must not be blank";

    /** Tags on a workspace, per the seed: "<= 10000 items". */
    public static final int MAX_WORKSPACE_TAGS = 10_000;

    private OnnaValidation() {
    }
}
