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

/**
 * The emulated APIs by path: which family owns a request, its envelope for an error, and writing any answer
 * straight to the servlet response for filters that run before Spring MVC.
 */
@Component
public class ApiFamilies {

    private final List<ApiFamily> families;
    private final JsonMapper json;

    public ApiFamilies(List<ApiFamily> families, JsonMapper json) {
        this.families = families;
        this.json = json;
    }

    /** The family that serves this path, if any. */
    public Optional<ApiFamily> family(String path) {
        return families.stream().filter(f -> f.owns(path)).findFirst();
    }

    /** The family whose envelope an error on this path gets: its owner, else the family its prefix belongs to. */
    public Optional<ApiFamily> envelope(String path) {
        return family(path).or(() -> families.stream().filter(f -> f.ownsUnclaimed(path)).findFirst());
    }

    public ResponseEntity<Object> error(String path, HttpStatus status, String message) {
        return error("GET", path, new ApiException(status, message));
    }

    public ResponseEntity<Object> error(HttpServletRequest request, ApiException error) {
        return error(request.getMethod(), pathOf(request), error);
    }

    public ResponseEntity<Object> invalid(HttpServletRequest request, List<Violation> violations) {
        return error(request, new ApiException(violations));
    }

    private ResponseEntity<Object> error(String method, String path, ApiException error) {
        ResponseEntity<Object> entity = envelope(path)
                .map(f -> error.violations().isEmpty() ? f.error(error) : f.invalid(method, path, error.violations()))
                .orElseGet(() -> plain(error));
        if (error.headers().isEmpty()) {
            return entity;
        }
        return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders()).headers(error.headers())
                .body(entity.getBody());
    }

    /** Writes an error straight to the response, for filters that run before Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        write(request, response, new ApiException(status, message));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiException error) throws IOException {
        write(response, error(request, error));
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

    /** Outside every family's prefix (e.g. {@code /nothing-here}): a plain {@code {"error","message"}}. */
    private static ResponseEntity<Object> plain(ApiException error) {
        HttpStatus status = HttpStatus.resolve(error.status().value());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", status == null ? String.valueOf(error.status().value()) : status.getReasonPhrase());
        body.put("message", error.getMessage());
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
