package io.apiemulator.nuon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.apiemulator.kernel.error.ApiException;
import io.apiemulator.kernel.error.ApiFamily;
import io.apiemulator.kernel.error.Violation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Nuon's error wording, {@code stderr.ErrResponse}: {@code {"error","user_error","description"}}. Validation and
 * unreadable bodies are 400 {@code invalid request format}; unknown ids 404 {@code not found}.
 */
@Component
public class NuonApi extends ApiFamily {

    /** Only Nuon's resources: Onna also lives under {@code /v1/}, on other names ({@code OnnaApi.PATHS}). */
    public static final Pattern PATHS = Pattern.compile("^/v1/(components|releases|apps|builds)(/.*)?$");

    public static final String INVALID_REQUEST = "invalid request format";
    public static final String NOT_FOUND = "not found";

    public NuonApi() {
        super("nuon", PATHS);
    }

    /**
     * {@link NuonException}s carry the short {@code error} as message and the {@code description} as details;
     * framework errors have only a message, which then serves as both (a 404 says {@code not found}).
     */
    @Override
    public ResponseEntity<Object> error(ApiException error) {
        String message = error.getMessage();
        if (error.details() instanceof String description) {
            return error(error.status(), message, description);
        }
        return error(error.status(), error.status().value() == 404 ? NOT_FOUND : message, message);
    }

    private static ResponseEntity<Object> error(HttpStatusCode status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("user_error", status.is4xxClientError());
        body.put("description", description);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Override
    public ResponseEntity<Object> invalid(String method, String path, List<Violation> violations) {
        String description = violations.stream()
                .map(v -> v.locationText().isEmpty() ? v.msg() : v.locationText() + ": " + v.msg())
                .collect(Collectors.joining("; "));
        return error(HttpStatus.BAD_REQUEST, INVALID_REQUEST, description);
    }
}
