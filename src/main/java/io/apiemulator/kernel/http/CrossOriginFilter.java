package io.apiemulator.kernel.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiFamilies;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for browser front-ends, on every path. It runs ahead of everything, Spring Security included, so a
 * preflight is answered here without authentication (200 with the Allow-* headers), and every other response,
 * errors such as the security chain's 401 included, carries Access-Control-Allow-Origin and Expose-Headers:
 * without them a browser hides the response from the page. An origin outside {@code emulator.cors.allowed-origins}
 * gets 403 in the family's envelope, as tusd answers it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CrossOriginFilter extends OncePerRequestFilter {

    /** Response headers a page may read: TUS's, Location, pagination and version headers. */
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.LOCATION, "Upload-Offset", "Upload-Length",
            "Upload-Defer-Length", "Upload-Metadata", "Upload-Expires", "Tus-Resumable", "Tus-Version",
            "Tus-Extension", "Tus-Max-Size", "Tus-Checksum-Algorithm", "X-Nuon-Page-Next", "X-Nuon-Page-Offset",
            "X-Nuon-Page-Limit", "X-Nuon-Page-Number", "X-Nuon-API-Version");

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final CorsConfiguration configuration = new CorsConfiguration();
    private final boolean enabled;
    private final ApiFamilies errors;

    /** Spring's processor, except that a refusal is written by the filter, in the family's envelope. */
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
        }
    };

    CrossOriginFilter(CorsProperties properties, ApiFamilies errors) {
        this.errors = errors;
        this.enabled = !properties.allowedOrigins().isEmpty();
        configuration.setAllowedOriginPatterns(properties.allowedOrigins());
        configuration.setAllowedMethods(METHODS);
        // any request header: TUS's Upload-*, Tus-Resumable, X-HTTP-Method-Override, X-Nuon-Org-ID, Authorization...
        configuration.addAllowedHeader(CorsConfiguration.ALL);
        configuration.setExposedHeaders(EXPOSED_HEADERS);
        configuration.setMaxAge(Duration.ofMinutes(30));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled || !CorsUtils.isCorsRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!processor.processRequest(configuration, request, response)) {
            errors.write(request, response, HttpStatus.FORBIDDEN, "Cross-origin request from "
                    + request.getHeader(HttpHeaders.ORIGIN) + " refused: its origin is not in emulator.cors.allowed-origins"
                    + " or it asks for a method other than " + String.join(", ", METHODS));
            return;
        }
        if (!CorsUtils.isPreFlightRequest(request)) {
            chain.doFilter(request, response);
        }
    }
}
