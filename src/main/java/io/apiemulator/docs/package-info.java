/**
 * Swagger UI at {@code /swagger-ui.html} (redirected to {@code /swagger-ui/index.html}), showing the published
 * contracts ({@code openapi/}, served under {@code /openapi/} as YAML), and {@code /v3/api-docs}, which answers 404
 * naming those contracts because nothing is generated from the controllers. Start at
 * {@code ContractDocsConfiguration}; {@code ApiDocsController} answers the 404.
 */
package io.apiemulator.docs;
