package io.apiemulator.docs;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.kernel.error.ApiFamilies;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v3/api-docs}, where code generators look for a springdoc application's document. The emulator
 * generates none (a document read off the controllers would differ from the vendors' contracts), and no single
 * one of its four contracts is "the" API, so the answer is a 404 that names them.
 */
@RestController
class ApiDocsController {

    static final String CONTRACTS = "no generated OpenAPI document here; the contracts are /openapi/onna.yaml, "
            + "/openapi/nuon.yaml, /openapi/mechamental.yaml and /openapi/admin.yaml";

    private final ApiFamilies errors;

    ApiDocsController(ApiFamilies errors) {
        this.errors = errors;
    }

    @RequestMapping({"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"})
    ResponseEntity<Object> none(HttpServletRequest request) {
        return errors.error(ApiFamilies.pathOf(request), HttpStatus.NOT_FOUND, CONTRACTS);
    }
}
