package io.apiemulator.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.apiemulator.kernel.error.ApiException;
import io.apiemulator.kernel.error.ApiFamily;
import io.apiemulator.kernel.error.Violation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The emulator's own control API under {@code /__admin}: errors are {@code {"error","message"}}. */
@Component
public class AdminApi extends ApiFamily {

    public static final Pattern PATHS = Pattern.compile("^/__admin(/.*)?$");

    public AdminApi() {
        super("admin", PATHS);
    }

    public static boolean isAdmin(String path) {
        return PATHS.matcher(path).matches();
    }

    /** Seed documents may be larger than an API's JSON body. */
    @Override
    public boolean streamsBody(String path) {
        return true;
    }

    @Override
    public ResponseEntity<Object> error(ApiException error) {
        HttpStatus status = HttpStatus.valueOf(error.status().value());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", status.getReasonPhrase());
        body.put("message", error.getMessage());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Override
    public ResponseEntity<Object> invalid(String method, String path, List<Violation> violations) {
        return error(new ApiException(HttpStatus.BAD_REQUEST, violations.stream()
                .map(v -> v.locationText() + ": " + v.msg()).collect(Collectors.joining("; "))));
    }
}
