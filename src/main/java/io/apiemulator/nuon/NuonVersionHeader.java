package io.apiemulator.nuon;

import java.io.IOException;

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
 * Nuon's headers middleware: every answer on a Nuon path carries {@code X-Nuon-API-Version}, the version of the
 * API the emulator follows. Set first thing, so errors written by later filters (auth, body limit) carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NuonVersionHeader extends OncePerRequestFilter {

    static final String NAME = "X-Nuon-API-Version";
    /** The ctl-api release the contract ({@code openapi/nuon.yaml}) was taken from. */
    static final String VERSION = "v0.19.807";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (NuonApi.PATHS.matcher(ApiFamilies.pathOf(request)).matches()) {
            response.setHeader(NAME, VERSION);
        }
        chain.doFilter(request, response);
    }
}
