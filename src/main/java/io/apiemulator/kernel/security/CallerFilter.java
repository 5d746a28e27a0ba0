package io.apiemulator.kernel.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiException;
import io.apiemulator.kernel.error.ApiFamilies;

import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates every family's requests: the owning family's {@link CallerLookup} turns the token into a caller. */
final class CallerFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = CallerFilter.class.getName() + ".caller";

    private final ApiFamilies families;
    private final Map<String, CallerLookup> lookups;

    CallerFilter(ApiFamilies families, List<CallerLookup> lookups) {
        this.families = families;
        this.lookups = lookups.stream().collect(Collectors.toMap(CallerLookup::family, Function.identity()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CallerLookup lookup = families.family(ApiFamilies.pathOf(request)).map(f -> lookups.get(f.name()))
                .orElse(null);
        if (lookup != null) {
            try {
                Object caller = lookup.caller(request, BearerTokens.from(request).orElse(null));
                if (caller != null) {
                    request.setAttribute(ATTRIBUTE, caller);
                }
            }
            catch (ApiException refused) {
                families.write(request, response, refused);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
