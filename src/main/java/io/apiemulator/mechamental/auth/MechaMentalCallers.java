package io.apiemulator.mechamental.auth;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.kernel.error.ApiFamilies;
import io.apiemulator.kernel.security.CallerLookup;
import io.apiemulator.mechamental.MechaMentalException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the configured tokens (401 when missing or
 * unknown) and refuses an org the token may not access (403) before any controller runs, so a foreign
 * tenant learns nothing, not even whether its workspace or release exists.
 */
@Component
class MechaMentalCallers extends CallerLookup {

    private static final Pattern ORG = Pattern.compile("^/v1/orgs/([^/]+)(/.*)?$");

    private final ApiTokenRepository tokens;

    MechaMentalCallers(ApiTokenRepository tokens) {
        super("mechamental", MechaMentalCaller.class);
        this.tokens = tokens;
    }

    @Override
    public MechaMentalCaller caller(HttpServletRequest request, String bearer) {
        if (bearer == null) {
            throw unauthorized("Authentication required");
        }
        ApiToken token = tokens.findById(bearer).orElseThrow(() -> unauthorized("Invalid or unknown API token"));
        MechaMentalCaller caller = new MechaMentalCaller(token.getActor(), token.getOrgIds());
        // decoded as Spring MVC decodes the {org_id} path variable, so both see the same org
        Matcher org = ORG.matcher(ApiFamilies.pathOf(request));
        if (org.matches() && !caller.mayAccess(UriUtils.decode(org.group(1), StandardCharsets.UTF_8))) {
            throw new MechaMentalException(HttpStatus.FORBIDDEN, "You don't have permission to perform this action",
                    Map.of("required_permission", "org:" + requiredAction(request)));
        }
        return caller;
    }

    private static MechaMentalException unauthorized(String message) {
        return new MechaMentalException(HttpStatus.UNAUTHORIZED, message, null);
    }

    private static String requiredAction(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> "read";
            default -> "write";
        };
    }
}
