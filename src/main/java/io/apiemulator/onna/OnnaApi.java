package io.apiemulator.onna;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * Onna's error wording: the JSON:API envelope {@code {"errors":[{code,id,status,detail}]}} with codes such as
 * {@code XX404_not_found}, except the endpoints whose spec documents FastAPI's 422 {@code {"detail":[...]}}
 * (token, current user, create folder).
 */
@Component
public class OnnaApi extends ApiFamily {

    /** Any version, so that {@code /v9/workspaces} is Onna's to answer (with 400). */
    public static final Pattern PATHS = Pattern.compile(
            "^/v[^/]*/(oauth|workspaces|folders|resources|upload|health|customFields)(/.*)?$");

    /**
     * A path under {@code /v1/} that no family serves, e.g. {@code /v1/nothing}: the vendors' shared prefix is
     * Onna's. Other versions ({@code /v3/api-docs}) belong to no vendor.
     */
    private static final Pattern VERSIONED = Pattern.compile("^/v1(/.*)?$");

    private static final Pattern UPLOAD_PATHS = Pattern.compile("^/v[^/]*/upload(/.*)?$");

    private static final Pattern FASTAPI_422 = Pattern.compile("^(\\w+ /v1/oauth/.*|POST /v1/folders/?)$");

    public OnnaApi() {
        super("onna", PATHS);
    }

    @Override
    public boolean ownsUnclaimed(String path) {
        return VERSIONED.matcher(path).matches();
    }

    /** TUS upload bodies are file bytes, as large as Tus-Max-Size allows. */
    @Override
    public boolean streamsBody(String path) {
        return UPLOAD_PATHS.matcher(path).matches();
    }

    /** Also for statuses outside {@link HttpStatus}, such as TUS's 460 Checksum Mismatch. */
    @Override
    public ResponseEntity<Object> error(ApiException exception) {
        HttpStatusCode status = exception.status();
        String message = exception.getMessage();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code(status));
        error.put("id", UUID.randomUUID().toString());
        error.put("status", String.valueOf(status.value()));
        error.put("detail", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(error)));
    }

    @Override
    public ResponseEntity<Object> invalid(String method, String path, List<Violation> violations) {
        if (FASTAPI_422.matcher(method + " " + path).matches()) {
            return fastApi(violations);
        }
        String detail = violations.stream().map(v -> v.locationText() + ": " + v.msg())
                .collect(Collectors.joining("; "));
        return error(new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, detail));
    }

    /** FastAPI's default validation body, as Onna's spec shows it: {@code {"detail":[{loc,msg,type}]}}. */
    public static ResponseEntity<Object> fastApi(List<Violation> violations) {
        return Violations.fastApi(violations, false);
    }

    static String code(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        String reason = status == null ? (code.value() == 460 ? "checksum_mismatch" : "error") : switch (status) {
            case UNPROCESSABLE_CONTENT -> "unprocessable_entity";
            case CONTENT_TOO_LARGE -> "request_entity_too_large";
            default -> status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "_");
        };
        return "XX" + code.value() + "_" + reason;
    }
}
