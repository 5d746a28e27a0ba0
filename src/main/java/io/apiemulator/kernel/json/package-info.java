/**
 * Strict JSON binding of every family's request bodies: JSON strings, numbers and booleans are never coerced into
 * one another, so {@code "name": 5} is a type error, as on the vendors' FastAPI and Go servers. See
 * {@code StrictJsonConfiguration}.
 */
package io.apiemulator.kernel.json;
