package io.apiemulator.kernel.security;

/** Order of the security filter chains: each family's chain matches only its own paths; the default goes last. */
public final class ChainOrder {

    public static final int ONNA_TOKEN = 10;
    public static final int ONNA = 20;
    public static final int NUON = 30;
    public static final int MECHAMENTAL = 40;
    public static final int ADMIN = 50;
    public static final int DEFAULT = 100;

    private ChainOrder() {
    }
}
