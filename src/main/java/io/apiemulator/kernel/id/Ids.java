package io.apiemulator.kernel.id;

import java.security.SecureRandom;

/** The one place ids are minted: a vendor prefix followed by random characters from the vendor's alphabet. */
public final class Ids {

    public static final String HEX = "0123456789abcdef";
    public static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** {@code prefix} + {@code length} random characters drawn from {@code alphabet}. */
    public static String random(String prefix, int length, String alphabet) {
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
