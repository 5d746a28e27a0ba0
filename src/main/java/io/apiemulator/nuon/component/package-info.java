/**
 * {@code GET}, {@code PATCH} and {@code DELETE /v1/components/{componentId}}: a component with its derived config
 * and latest build; PATCH (name, var name, dependencies) and DELETE (with its releases and builds) are deprecated
 * endpoints that older SDKs still call. Start at {@code ComponentController}; components are seeded, not created
 * through the API.
 */
package io.apiemulator.nuon.component;
