package io.apiemulator.mechamental;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A MechaMental API error with its status and {@code details}; rendered by {@link MechaMentalErrorAdvice}. */
public class MechaMentalException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> details;

    public MechaMentalException(HttpStatus status, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.details = details;
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static MechaMentalException notFound(String resourceType, String resourceId) {
        return new MechaMentalException(HttpStatus.NOT_FOUND, "The requested " + resourceType + " was not found",
                details("resource_type", resourceType, "resource_id", resourceId));
    }

    /** A request the release lifecycle forbids; {@code details} names the release and its current status. */
    public static MechaMentalException conflict(String message, Map<String, Object> details) {
        return new MechaMentalException(HttpStatus.CONFLICT, message, details);
    }

    /** Two details in the order given (clients and docs read them in that order). */
    public static Map<String, Object> details(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(key1, value1);
        details.put(key2, value2);
        return details;
    }
}
