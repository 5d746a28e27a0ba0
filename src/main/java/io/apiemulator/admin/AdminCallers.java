package io.apiemulator.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.kernel.security.CallerLookup;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The admin API is open, as on WireMock, unless {@code emulator.admin.token} asks for a bearer token. */
@Component
class AdminCallers extends CallerLookup {

    private final byte[] token;

    AdminCallers(AdminProperties properties) {
        super("admin", null);
        this.token = properties.tokenRequired() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    public Object caller(HttpServletRequest request, String bearer) {
        if (token != null && (bearer == null || !MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8), token))) {
            throw new AdminException(HttpStatus.UNAUTHORIZED, "Missing or wrong admin token")
                    .header("WWW-Authenticate", "Bearer");
        }
        return null;
    }
}
