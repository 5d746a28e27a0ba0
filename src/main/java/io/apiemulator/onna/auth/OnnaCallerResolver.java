package io.apiemulator.onna.auth;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets Onna controllers declare an {@link OnnaCaller} parameter, read from the validated access token. */
class OnnaCallerResolver implements HandlerMethodArgumentResolver {

    static final String ACCOUNT_CLAIM = "account_id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == OnnaCaller.class;
    }

    @Override
    public OnnaCaller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("Onna endpoint reached without an Onna access token");
        }
        Jwt jwt = token.getToken();
        return new OnnaCaller(jwt.getClaimAsString(ACCOUNT_CLAIM), jwt.getSubject());
    }
}
