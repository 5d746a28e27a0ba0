package io.apiemulator.mechamental;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.error.ApiException;
import io.apiemulator.kernel.error.Violation;

import org.springframework.http.HttpStatus;

/** MechaMental's factories for {@link ApiException}, with the envelope's {@code details} object. */
public class MechaMentalException extends ApiException {

    public MechaMentalException(HttpStatus status, String message, Map<String, Object> details) {
        super(status, message, details);
    }

    public static MechaMentalException notFound(String resourceType, String resourceId) {
        return new MechaMentalException(HttpStatus.NOT_FOUND, "The requested " + resourceType + " was not found",
                details("resource_type", resourceType, "resource_id", resourceId));
    }

    /** A request the release lifecycle forbids; {@code details} names the release and its current status. */
    public static MechaMentalException conflict(String message, Map<String, Object> details) {
        return new MechaMentalException(HttpStatus.CONFLICT, message, details);
    }

    /** Input that fails MechaMental's validation rules: answered 422 with FastAPI's {@code detail} list. */
    public static ApiException invalid(List<Violation> problems) {
        return new ApiException(problems);
    }

    /** Two details in the order given (clients and docs read them in that order). */
    public static Map<String, Object> details(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(key1, value1);
        details.put(key2, value2);
        return details;
    }
}
