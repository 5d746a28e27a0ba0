package io.apiemulator.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * Response validation against the documents in {@code openapi/}: a test adds {@code .filter(Contracts.onna())}
 * and fails when the server answers something its published contract does not describe. Requests are not
 * validated, so that tests can send deliberately bad input.
 */
public final class Contracts {

    private static final Map<String, OpenApiValidationFilter> FILTERS = new ConcurrentHashMap<>();

    private Contracts() {
    }

    public static OpenApiValidationFilter onna() {
        return filter("openapi/onna.yaml");
    }

    public static OpenApiValidationFilter nuon() {
        return filter("openapi/nuon.yaml");
    }

    public static OpenApiValidationFilter mechamental() {
        return filter("openapi/mechamental.yaml");
    }

    public static OpenApiValidationFilter admin() {
        return filter("openapi/admin.yaml");
    }

    private static OpenApiValidationFilter filter(String path) {
        return FILTERS.computeIfAbsent(path, p -> new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(path)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build()));
    }
}
