package io.apiemulator.kernel.error;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Finds the family that owns a request and renders errors in its envelope, also from servlet filters. */
@Component
public class ApiErrors {

    private final List<ApiFamily> families;
    private final JsonMapper json;

    public ApiErrors(List<ApiFamily> families, JsonMapper json) {
        this.families = families;
        this.json = json;
    }

    public ResponseEntity<Object> error(String path, HttpStatus status, String message) {
        return family(path).map(f -> f.error(status, message)).orElseGet(() -> plain(status, message));
    }

    public ResponseEntity<Object> invalid(HttpServletRequest request, List<Violation> violations) {
        String path = pathOf(request);
        return family(path).map(f -> f.invalid(request.getMethod(), path, violations)).orElseGet(() -> plain(HttpStatus.BAD_REQUEST,
                violations.isEmpty() ? "invalid request" : violations.get(0).msg()));
    }

    public Optional<ApiFamily> family(String path) {
        return families.stream().filter(f -> f.owns(path)).findFirst();
    }

    /** Writes an error straight to the response, for filters that run before Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        write(response, error(pathOf(request), status, message));
    }

    public void write(HttpServletResponse response, ResponseEntity<Object> entity) throws IOException {
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        if (entity.getBody() != null) {
            MediaType type = entity.getHeaders().getContentType();
            response.setHeader(HttpHeaders.CONTENT_TYPE, (type == null ? MediaType.APPLICATION_JSON : type).toString());
            json.writeValue(response.getOutputStream(), entity.getBody());
        }
    }

    public static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.substring(context == null ? 0 : context.length());
    }

    private static ResponseEntity<Object> plain(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
