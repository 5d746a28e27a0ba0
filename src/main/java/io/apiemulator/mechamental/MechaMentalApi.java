package io.apiemulator.mechamental;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.apiemulator.kernel.error.ApiException;
import io.apiemulator.kernel.error.ApiFamily;
import io.apiemulator.kernel.error.Violation;
import io.apiemulator.kernel.error.Violations;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * MechaMental's error wording: {@code {"error":CODE,"message","details":{},"timestamp","status_code"}}, and
 * FastAPI's {@code {"detail":[{loc,msg,type,input,ctx?}]}} with 422 for input that fails validation.
 */
@Component
public class MechaMentalApi extends ApiFamily {

    /** Every MechaMental path (by path only, never the query string). */
    public static final Pattern PATHS = Pattern.compile("^/v1/orgs(/.*)?$");

    /** The seed's error timestamp: UTC, microseconds, no zone suffix. */
    private static final DateTimeFormatter ERROR_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public MechaMentalApi(Clock clock) {
        super("mechamental", PATHS);
        this.clock = clock;
    }

    @Override
    public ResponseEntity<Object> error(ApiException error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code(error.status()));
        body.put("message", error.getMessage());
        body.put("details", error.details() == null ? Map.of() : error.details());
        body.put("timestamp", ERROR_TIME.format(clock.instant()));
        body.put("status_code", error.status().value());
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** FastAPI's 422 {@code detail} list as pydantic words it: {@code ctx} only when there is a limit to name. */
    @Override
    public ResponseEntity<Object> invalid(String method, String path, List<Violation> violations) {
        return Violations.fastApi(violations, true);
    }

    static String code(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        return status == null ? String.valueOf(code.value()) : switch (status) {
            case UNAUTHORIZED -> "AUTHENTICATION_FAILED";
            case NOT_FOUND -> "RESOURCE_NOT_FOUND";
            case CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNPROCESSABLE_CONTENT -> "VALIDATION_ERROR";
            default -> status.name();
        };
    }
}
