package io.apiemulator.onna.upload;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiFamilies;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * TUS wants {@code Tus-Resumable} on every response except OPTIONS, errors included, also the 401 that the
 * security chain sends before any controller runs; so it is set here, ahead of everything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TusResumableFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD_PATH = Pattern.compile("^/v1/upload/[^/]+/tus$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UPLOAD_PATH.matcher(ApiFamilies.pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!Tus.method(request).equals("OPTIONS")) {
            response.setHeader(Tus.TUS_RESUMABLE, Tus.VERSION);
        }
        chain.doFilter(request, response);
    }
}
