package io.apiemulator.kernel.state;

/**
 * Messages of the Bean Validation constraints on seed section records, so that every family's seed errors read
 * alike: {@code onna.clients[1].account_id is required}.
 */
public final class SeedConstraints {

    public static final String REQUIRED = "is required";
    public static final String TOO_LONG = "is longer than {max} characters";
    public static final String TOO_MANY = "has more than {max} items";

    private SeedConstraints() {
    }
}
