package io.apiemulator.mechamental;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.apiemulator.kernel.error.ApiFamily;
import io.apiemulator.kernel.error.Violation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * MechaMental's error wording: {@code {"error":CODE,"message","details":{},"timestamp","status_code"}}, and
 * FastAPI's {@code {"detail":[{loc,msg,type,input,ctx?}]}} with 422 for input that fails validation.
 */
@Component
public class MechaMentalApi implements ApiFamily {

    /** Every MechaMental path (by path only, never the query string). */
    public static final Pattern PATHS = Pattern.compile("^/v1/orgs(/.*)?$");

    /** The seed's error timestamp: UTC, microseconds, no zone suffix. */
    private static final DateTimeFormatter ERROR_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public MechaMentalApi(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mechamental";
    }

    @Override
    public boolean owns(String path) {
        return PATHS.matcher(path).matches();
    }

    @Override
    public ResponseEntity<Object> error(HttpStatus status, String message) {
        return error(status, message, Map.of());
    }

    public ResponseEntity<Object> error(HttpStatus status, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code(status));
        body.put("message", message);
        body.put("details", details);
        body.put("timestamp", ERROR_TIME.format(clock.instant()));
        body.put("status_code", status.value());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Override
    public ResponseEntity<Object> invalid(String method, String path, List<Violation> violations) {
        return invalid(violations.stream().map(InputProblem::of).toList());
    }

    public ResponseEntity<Object> invalid(List<InputProblem> problems) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("detail", problems.stream().map(InputProblem::toJson).toList()));
    }

    static String code(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "AUTHENTICATION_FAILED";
            case NOT_FOUND -> "RESOURCE_NOT_FOUND";
            case CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNPROCESSABLE_CONTENT -> "VALIDATION_ERROR";
            default -> status.name();
        };
    }
}
