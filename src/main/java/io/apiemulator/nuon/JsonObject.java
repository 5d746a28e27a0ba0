package io.apiemulator.nuon;

import java.util.LinkedHashMap;
import java.util.Map;

/** Response objects in the vendor's key order, nulls kept (Nuon sends every field). */
public final class JsonObject {

    private JsonObject() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
