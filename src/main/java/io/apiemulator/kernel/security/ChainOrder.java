package io.apiemulator.kernel.security;

/** Order of the security filter chains: Onna's token endpoint first, then the one chain for everything else. */
public final class ChainOrder {

    public static final int ONNA_TOKEN = 10;
    public static final int CALLERS = 100;

    private ChainOrder() {
    }
}
