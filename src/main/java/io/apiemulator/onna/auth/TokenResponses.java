package io.apiemulator.onna.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.kernel.error.ApiFamilies;
import io.apiemulator.kernel.error.Violation;
import io.apiemulator.onna.OnnaApi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * What {@code POST /v1/oauth/token} answers: exactly {@code {access_token, expires_in, token_type}} on
 * success; Onna's JSON:API 401 for bad credentials; FastAPI's 422 for a request it cannot use.
 */
class TokenResponses implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenResponses.class);

    private final ApiFamilies errors;

    TokenResponses(ApiFamilies errors) {
        this.errors = errors;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OAuth2AccessToken token = ((OAuth2AccessTokenAuthenticationToken) authentication).getAccessToken();
        Instant issued = token.getIssuedAt();
        long expiresIn = issued == null || token.getExpiresAt() == null ? 0
                : Duration.between(issued, token.getExpiresAt()).toSeconds();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.getTokenValue());
        body.put("expires_in", expiresIn);
        body.put("token_type", "bearer");
        response.setHeader("Cache-Control", "no-store");
        errors.write(response, ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                : OAuth2ErrorCodes.INVALID_CLIENT;
        log.info("Token refused for client_id={}: {}", request.getParameter("client_id"), code);
        switch (code) {
            case OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE -> errors.write(response, OnnaApi.fastApi(List.of(
                    new Violation(List.of("body", "grant_type"), "Only client_credentials is supported",
                            "value_error", request.getParameter("grant_type")))));
            case OAuth2ErrorCodes.INVALID_REQUEST, OAuth2ErrorCodes.INVALID_SCOPE -> errors.write(response,
                    OnnaApi.fastApi(List.of(new Violation(List.of("body"), exception.getMessage() == null
                            ? code : exception.getMessage(), "value_error", null))));
            default -> errors.write(request, response, HttpStatus.UNAUTHORIZED, "Invalid client credentials");
        }
    }
}
