/**
 * The Onna Platform API under {@code /v1/oauth}, {@code /v1/workspaces}, {@code /v1/folders},
 * {@code /v1/resources}, {@code /v1/upload} and {@code /v1/health}. This package holds its error envelope
 * ({@code OnnaApi}: JSON:API errors, FastAPI's 422 on a few endpoints), its configuration ({@code emulator.onna.*}),
 * validation wording and seed section; the endpoints are in the sub-package named after each path
 * ({@code workspace}, {@code folder}, {@code resource}, {@code upload}, {@code health}), {@code /v1/oauth} in
 * {@code auth}.
 */
package io.apiemulator.onna;
