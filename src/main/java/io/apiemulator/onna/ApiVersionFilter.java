package io.apiemulator.onna;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiErrors;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Onna versions its API in the path; a version it does not serve (e.g. {@code /v9/workspaces}) is a 400. */
public class ApiVersionFilter extends OncePerRequestFilter {

    private final ApiErrors errors;

    public ApiVersionFilter(ApiErrors errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = ApiErrors.pathOf(request);
        if (!path.startsWith("/v1/")) {
            String version = path.substring(1, path.indexOf('/', 1));
            errors.write(request, response, HttpStatus.BAD_REQUEST, "API version " + version + " is not supported");
            return;
        }
        chain.doFilter(request, response);
    }
}
