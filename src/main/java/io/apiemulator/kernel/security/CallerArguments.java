package io.apiemulator.kernel.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a controller parameter of a family's caller type the caller its {@link CallerLookup} found. */
final class CallerArguments implements HandlerMethodArgumentResolver {

    private final Set<Class<?>> callerTypes;

    CallerArguments(List<CallerLookup> lookups) {
        this.callerTypes = lookups.stream().map(CallerLookup::callerType).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return callerTypes.contains(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Object caller = webRequest.getAttribute(CallerFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (!parameter.getParameterType().isInstance(caller)) {
            throw new IllegalStateException(parameter.getParameterType().getSimpleName()
                    + " wanted on a request its family did not authenticate");
        }
        return caller;
    }
}
